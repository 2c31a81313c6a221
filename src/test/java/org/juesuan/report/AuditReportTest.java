package org.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Submission;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Analyzers;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two reports of the 米易 sample: the HTML audit report and the annotated workbook. */
class AuditReportTest {

    static Submission miyi;
    static SubmissionReport report;

    @BeforeAll
    static void analyze() {
        miyi = Analyzers.analyzer().analyze(SubmissionSource.workbook(Samples.MIYI_XLSX), ImportOptions.DEFAULTS);
        report = SubmissionReport.of(7, miyi);
    }

    private static Finding finding(String rule) {
        return miyi.findings().stream().filter(f -> f.ruleId().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void htmlListsEveryFindingWithItsCellsAndTheCounts() {
        String html = HtmlReportRenderer.render(report);
        assertThat(html).contains("<b id=\"status\" data-status=\"LOADED_WITH_ERRORS\">审核不通过</b>")
                .contains("不通过 " + miyi.ruleCounts().failed() + " 条")
                .contains("错误 " + miyi.errorCount() + " 条");
        long rows = html.lines().filter(l -> l.startsWith("<tr class=\"ERROR\"")).count();
        assertThat(rows).isEqualTo(miyi.errorCount()).isEqualTo(23);
        // Both sides in the table's unit (T06 prints 万元): 782.09 万元 expected, 757.09 万元 printed.
        String x5Row = html.lines().filter(l -> l.contains("data-rule=\"X5\"")).findFirst().orElseThrow();
        assertThat(x5Row).contains("<td class=\"num\">782.09 万元</td><td class=\"num\">757.09 万元</td>");
        for (CellRef cell : finding("X5").cells()) {
            assertThat(x5Row).contains(HtmlReportRenderer.esc(cell.sheet()) + " › <b>" + cell.cell() + "</b>");
        }
        // Summary by table: T06 carries the X5 error and T08's cells, T10 its 说明.
        assertThat(html).containsPattern("<tr data-table=\"T10\"><td>政府性基金预算财政拨款收入支出决算表</td><td>[^<]+</td>"
                + "<td>万元</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td>说明：[^<]*空表");
        // Well-formed: every row closes what it opens.
        assertThat(html).doesNotContain("</td></td>");
        for (String row : html.split("<tr")) {
            assertThat(row.split("<td", -1).length).as(row).isEqualTo(row.split("</td>", -1).length);
        }
    }

    @Test
    void annotatedWorkbookHighlightsAndCommentsEveryCellOfAFinding(@TempDir Path out) throws Exception {
        String before = sha256(Samples.MIYI_XLSX);
        List<Path> written = AnnotatedWorkbookWriter.write(report, out);
        assertThat(written).containsExactly(out.resolve("米易县经济信息化和科学技术局-2023.annotated.xlsx"));
        assertThat(sha256(Samples.MIYI_XLSX)).isEqualTo(before);
        try (InputStream in = Files.newInputStream(written.get(0)); Workbook annotated = WorkbookFactory.create(in)) {
            for (CellRef ref : finding("X5").cells()) {
                Cell cell = cellAt(annotated, ref);
                assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
                assertThat(cell.getCellComment().getString().getString()).contains("【错误】").contains(finding("X5").message());
                assertThat(cell.getNumericCellValue()).isPositive(); // the figure itself is untouched
            }
            CellRef t06Basic = finding("X5").cells().get(0);
            assertThat(cellAt(annotated, t06Basic).getNumericCellValue()).isEqualTo(757.09);
            // A cell no finding names stays as it was: the T13 决算 公务接待费 (1.52) holds.
            Cell reception = annotated.getSheet("财政拨款“三公”经费支出决算表").getRow(7).getCell(11);
            assertThat(reception.getNumericCellValue()).isEqualTo(1.52);
            assertThat(reception.getCellComment()).isNull();
            assertThat(reception.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        }
    }

    @Test
    void jsonCarriesTheSameFindings() {
        String json = JsonReportRenderer.render(report);
        assertThat(json).contains("\"ruleId\" : \"X5\"").contains("\"status\" : \"LOADED_WITH_ERRORS\"")
                .contains("\"cell\" : \"" + finding("X5").cells().get(0).cell() + "\"");
    }

    private static Cell cellAt(Workbook workbook, CellRef ref) {
        CellReference at = new CellReference(ref.cell());
        return workbook.getSheet(ref.sheet()).getRow(at.getRow()).getCell(at.getCol());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
