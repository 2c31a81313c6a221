package org.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.juesuan.model.CellRef;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.support.Importer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a file the import refuses (the hand-made corpus's text 见说明 in an amount cell): titled with the
 * file, the reason in Chinese naming file › sheet › cell, no counts or table list pretending it was read,
 * well-formed HTML, and an annotated copy marking the cell the reason names.
 */
class RejectedReportTest {

    private static final Path REFUSED = Path.of("corpus/handmade/h04-text-in-amount-column.xls");

    private static SubmissionReport report() {
        Submission refused = Importer.analyze(REFUSED);
        assertThat(refused.status()).isEqualTo(SubmissionStatus.REJECTED);
        return SubmissionReport.of(3, refused);
    }

    @Test
    void theHtmlNamesTheFileAndTheReasonAndNothingElse() {
        SubmissionReport report = report();
        String html = HtmlReportRenderer.render(report);
        assertThat(html).contains("<title>决算报送文件无法读取：h04-text-in-amount-column.xls</title>")
                .contains("<b id=\"status\" data-status=\"REJECTED\">无法读取</b>")
                .contains("<p class=\"ERROR\" id=\"reject-reason\">无法读取的原因：h04-text-in-amount-column.xls › 支出决算表 "
                        + "› F11：支出决算表——应为金额，实为「见说明」（“基本支出”列）</p>")
                .doesNotContain("错误 0 条").doesNotContain("未报送").doesNotContain("</td></td>")
                .endsWith("</body></html>\n");
        assertThat(html.split("<p", -1).length).isEqualTo(html.split("</p>", -1).length);
        assertThat(report.rejectCell()).isEqualTo(new CellRef("h04-text-in-amount-column.xls", "支出决算表", "F11"));
        assertThat(TextReportRenderer.render(report)).startsWith("h04-text-in-amount-column.xls — 无法读取\n"
                + "无法读取的原因：h04-text-in-amount-column.xls › 支出决算表 › F11：").doesNotContain("错误 0 条");
    }

    @Test
    void anAnnotatedCopyMarksTheCellTheReasonNames(@TempDir Path out) throws Exception {
        SubmissionReport report = report();
        List<Path> written = AnnotatedWorkbookWriter.write(report, out);
        assertThat(written).containsExactly(out.resolve("h04-text-in-amount-column.annotated.xls"));
        try (InputStream in = Files.newInputStream(written.get(0)); Workbook annotated = WorkbookFactory.create(in)) {
            assertThat(annotated.getSheetName(0)).isEqualTo("审核结果");
            CellReference f11 = new CellReference("F11");
            Cell cell = annotated.getSheet("支出决算表").getRow(f11.getRow()).getCell(f11.getCol());
            assertThat(cell.getStringCellValue()).isEqualTo("见说明");
            assertThat(cell.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(cell.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(cell.getCellComment().getString().getString()).startsWith("【错误】").contains("应为金额，实为「见说明」");
        }
    }
}
