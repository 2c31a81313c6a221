package org.juesuan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.juesuan.model.CellRef;
import org.juesuan.model.Fact;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Analyzers;
import org.juesuan.support.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents a department gets back when one figure is wrong: a clean sample (经济信息化 2022) with one T03
 * class line raised by 1.00 万元 in its 合计 column, and a comment the department wrote on that cell. The HTML
 * report leads with that cell as the cause and lists under it every check the 1.00 万元 broke; amounts are in
 * 万元; neither the report nor the annotated workbook carries an English word or an internal key; the workbook's
 * first sheet 审核结果 links each finding to its cell; the department's comment stays.
 */
class FindingsByCauseTest {

    private static final String DEPARTMENT_NOTE = "部门备注：含年中追加拨款";
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]{3,}");

    @TempDir
    static Path dir;

    static Path file;
    static CellRef changed;
    static Submission broken;
    static SubmissionReport report;

    @BeforeAll
    static void breakOneClassLine() throws Exception {
        Path clean = Samples.DIR.resolve(Samples.MIYI + "-2022.xlsx");
        Submission before = analyze(clean);
        assertThat(before.status()).isEqualTo(SubmissionStatus.LOADED);
        Fact classLine = before.facts().stream().filter(f -> f.table().name().equals("T03") && f.rowKey().matches("\\d{3}")
                && f.columnKey().equals("total") && f.amountYuan().signum() > 0).findFirst().orElseThrow();
        file = dir.resolve(clean.getFileName());
        try (InputStream in = Files.newInputStream(clean); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheet(classLine.source().sheet());
            CellReference at = new CellReference(classLine.source().cell());
            Cell cell = sheet.getRow(at.getRow()).getCell(at.getCol());
            cell.setCellValue(BigDecimal.valueOf(cell.getNumericCellValue()).add(new BigDecimal("1.00")).doubleValue());
            CreationHelper factory = workbook.getCreationHelper();
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(at.getCol());
            anchor.setRow1(at.getRow());
            anchor.setCol2(at.getCol() + 3);
            anchor.setRow2(at.getRow() + 3);
            Comment note = sheet.createDrawingPatriarch().createCellComment(anchor);
            note.setString(factory.createRichTextString(DEPARTMENT_NOTE));
            note.setAuthor("财务科");
            cell.setCellComment(note);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        changed = new CellRef(file.getFileName().toString(), classLine.source().sheet(), classLine.source().cell());
        broken = analyze(file);
        report = SubmissionReport.of(1, broken);
    }

    private static Submission analyze(Path workbook) {
        return Analyzers.analyzer().analyze(SubmissionSource.workbook(workbook), ImportOptions.DEFAULTS);
    }

    @Test
    void theHtmlLeadsWithTheWrongCellAndGroupsEveryCheckItBroke() {
        List<Finding> errors = broken.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).hasSizeGreaterThanOrEqualTo(3).allSatisfy(f -> {
            assertThat(f.cells()).contains(changed);
            assertThat(f.actualYuan().subtract(f.expectedYuan()).abs()).isEqualByComparingTo("10000");
        });
        String html = HtmlReportRenderer.render(report);
        List<String> headings = html.lines().filter(l -> l.startsWith("<h3 class=\"cause\">")).toList();
        assertThat(headings).hasSize(1);
        assertThat(headings.get(0)).contains(changed.sheet() + " › " + changed.cell())
                .contains("下列 " + errors.size() + " 条").contains("1.00 万元");
        // The cause comes first; the table right under it holds exactly the broken checks.
        int cause = html.indexOf("<h3 class=\"cause\">");
        assertThat(cause).isLessThan(html.indexOf("<h3>其他发现</h3>") < 0 ? Integer.MAX_VALUE : html.indexOf("<h3>其他发现</h3>"));
        String group = html.substring(cause, html.indexOf("</table>", cause));
        assertThat(group.lines().filter(l -> l.startsWith("<tr class=\"ERROR\"")).count()).isEqualTo(errors.size());
        for (Finding f : errors) {
            assertThat(group).contains("data-rule=\"" + f.ruleId() + "\"");
        }
        assertThat(group).contains("差 1.00 万元").doesNotContainPattern("\\d 元");
    }

    @Test
    void noEnglishWordOrInternalKeyInTheHtml() {
        String html = HtmlReportRenderer.render(report);
        String text = html.replaceAll("(?s)<style>.*?</style>", "").replaceAll("<[^>]*>", "\n");
        assertThat(latinWords(text, allowedFileWords())).isEmpty();
    }

    @Test
    void theAnnotatedWorkbookListsEveryFindingWithWorkingLinksAndKeepsTheDepartmentsComment(@TempDir Path out)
            throws Exception {
        // An INFO note is for the bureau: it must not reach the department's copy.
        List<SubmissionReport.Item> withInfo = new ArrayList<>(report.findings());
        withInfo.add(new SubmissionReport.Item("MAP-UNKNOWN-CODE", "INFO", "T03", "仅供财政部门参考的说明", null, null,
                List.of(new CellRef(changed.file(), changed.sheet(), "B2"))));
        SubmissionReport sent = new SubmissionReport(report.id(), report.sourcePath(), report.departmentName(),
                report.fiscalYear(), report.status(), report.rejectReason(), report.rules(), report.tables(), withInfo);
        List<Path> written = AnnotatedWorkbookWriter.write(sent, out);
        assertThat(written).hasSize(1);
        try (InputStream in = Files.newInputStream(written.get(0)); Workbook annotated = WorkbookFactory.create(in)) {
            Sheet summary = annotated.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("审核结果");
            List<String> userText = new ArrayList<>();
            int linked = 0;
            for (Row row : summary) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        userText.add(cell.getStringCellValue());
                    }
                    Hyperlink link = cell.getHyperlink();
                    if (link == null) {
                        continue;
                    }
                    // The link resolves to an existing sheet and the cell its text names.
                    CellReference target = new AreaReference(link.getAddress(), annotated.getSpreadsheetVersion())
                            .getFirstCell();
                    assertThat(annotated.getSheet(target.getSheetName())).as(link.getAddress()).isNotNull();
                    assertThat(cell.getStringCellValue()).isEqualTo(target.getSheetName() + " › "
                            + target.formatAsString(false));
                    linked++;
                }
            }
            long sentBack = report.findings().stream().filter(f -> !f.severity().equals("INFO")).count();
            assertThat(linked).isEqualTo(sentBack).isPositive();
            assertThat(String.join("\n", userText)).doesNotContain("仅供财政部门参考");

            CellReference at = new CellReference(changed.cell());
            Comment comment = annotated.getSheet(changed.sheet()).getRow(at.getRow()).getCell(at.getCol()).getCellComment();
            String commentText = comment.getString().getString();
            assertThat(commentText).startsWith(DEPARTMENT_NOTE).contains("【错误】").contains("1.00 万元");
            for (Sheet sheet : annotated) {
                sheet.getCellComments().values().forEach(c -> userText.add(c.getString().getString()));
            }
            assertThat(latinWords(String.join("\n", userText), allowedFileWords())).isEmpty();
        }
    }

    /** Latin words of three letters or more, except those of the file's own name and path. */
    static List<String> latinWords(String text, Set<String> allowed) {
        List<String> found = new ArrayList<>();
        Matcher m = LATIN.matcher(text);
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }

    private static Set<String> allowedFileWords() {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = LATIN.matcher(report.sourcePath());
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
