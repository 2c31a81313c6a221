package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.validate.SeededAccounts.CLEAN;
import static org.juesuan.validate.SeededAccounts.cellOf;
import static org.juesuan.validate.SeededAccounts.ofSeverity;
import static org.juesuan.validate.SeededAccounts.plus;
import static org.juesuan.validate.SeededAccounts.t01Classes;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.report.FindingGroups;
import org.juesuan.report.SubmissionReport;
import org.juesuan.samples.FinalAccountTable;
import org.juesuan.samples.LayoutVariant;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rounding policy (rules/2023.yaml header): a published 万元 table is rounded on its own, so T01 and T03 may
 * print one 类 line 0.01 万元 apart — one 尾差 WARNING naming both cells (and what else that cent puts off), the
 * submission still LOADED; 1.00 万元 apart is an ERROR; and in 元 tables identities are exact.
 */
class RoundingPolicyTest {

    @TempDir
    Path dir;

    private final String classCode = t01Classes().get(0).rowKey();

    @Test
    void aClassLineOneCentOfWanYuanApartIsOneWarningNamingBothCellsAndTheSubmissionLoads() throws Exception {
        Submission s = SeededAccounts.analyze(plus(CLEAN, "T01", classCode, "amount", "0.01"), dir, "cent");
        assertThat(ofSeverity(s, Severity.ERROR)).isEmpty();
        assertThat(s.status()).isEqualTo(SubmissionStatus.LOADED);
        CellRef t01 = cellOf(s, "T01", classCode, "amount");
        CellRef t03 = cellOf(s, "T03", classCode, "total");
        // That printed cent also puts T01's 本年支出合计 0.01 off its 类 lines: the same cause, so one finding.
        List<Finding> warnings = ofSeverity(s, Severity.WARNING);
        assertThat(warnings).hasSize(1);
        Finding x2 = warnings.get(0);
        assertThat(x2.ruleId()).isEqualTo("X2-CLASS-ROUNDING");
        assertThat(x2.primaryCell()).isEqualTo(t01);
        assertThat(x2.cells()).startsWith(t01, t03).contains(cellOf(s, "T01", "EXP_TOTAL", "amount"));
        assertThat(x2.actualYuan().subtract(x2.expectedYuan())).isEqualByComparingTo("100.00");
        assertThat(x2.message()).startsWith("收入支出决算总表 「" + classCode + "」行：尾差：总表 功能分类类级支出 = 支出决算表 同名类级")
                .contains("差 0.01 万元（容差 0.01 万元）")
                .contains("同一分钱也使下列等式相差同样的数，一并列在这一条：收入支出决算总表：尾差：本年支出合计 = 各功能分类类级支出之和")
                .endsWith("请确认是四舍五入所致");
        assertThat(s.findings()).filteredOn(f -> f.ruleId().endsWith("-ROUNDING")).hasSize(1);
        // The report shows it as the one finding it is, not a group.
        FindingGroups.Grouped grouped = FindingGroups.of(SubmissionReport.of(1, s).findings());
        assertThat(grouped.groups()).isEmpty();
        assertThat(grouped.alone()).extracting(SubmissionReport.Item::ruleId).filteredOn(id -> id.endsWith("-ROUNDING"))
                .containsExactly("X2-CLASS-ROUNDING");
    }

    @Test
    void centsOfDifferentCausesStayApart() throws Exception {
        // Two 类 lines a cent apart in opposite directions (T01's total still adds up): two printed cents, two 尾差.
        String other = t01Classes().get(1).rowKey();
        Submission s = SeededAccounts.analyze(plus(plus(CLEAN, "T01", classCode, "amount", "0.01"),
                "T01", other, "amount", "-0.01"), dir, "two-cents");
        assertThat(s.status()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(ofSeverity(s, Severity.WARNING)).extracting(Finding::ruleId)
                .containsExactly("X2-CLASS-ROUNDING", "X2-CLASS-ROUNDING");
        assertThat(ofSeverity(s, Severity.WARNING)).extracting(Finding::cells).containsExactlyInAnyOrder(
                List.of(cellOf(s, "T01", classCode, "amount"), cellOf(s, "T03", classCode, "total")),
                List.of(cellOf(s, "T01", other, "amount"), cellOf(s, "T03", other, "total")));
    }

    @Test
    void theSameClassLineOneWanYuanApartIsAnErrorNamingBothCells() throws Exception {
        Submission s = SeededAccounts.analyze(plus(CLEAN, "T01", classCode, "amount", "1.00"), dir, "whole");
        assertThat(s.status()).isEqualTo(SubmissionStatus.LOADED_WITH_ERRORS);
        CellRef t01 = cellOf(s, "T01", classCode, "amount");
        CellRef t03 = cellOf(s, "T03", classCode, "total");
        List<Finding> naming = s.findings().stream().filter(f -> f.cells().contains(t03)).toList();
        assertThat(naming).hasSize(1);
        assertThat(naming.get(0).ruleId()).isEqualTo("X2-CLASS");
        assertThat(naming.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(naming.get(0).cells()).containsExactly(t01, t03);
        assertThat(naming.get(0).message()).contains("差 1.00 万元（允许尾差 0.01 万元）");
    }

    @Test
    void inYuanTablesTheSameIdentityIsExact() throws Exception {
        LayoutVariant yuan = LayoutVariant.builder()
                .with(b -> b.yuanTables.addAll(EnumSet.allOf(FinalAccountTable.class))).build();
        Submission clean = SeededAccounts.analyze(CLEAN, yuan, dir, "yuan");
        assertThat(ofSeverity(clean, Severity.ERROR)).isEmpty();
        // One 分 more on T01's 类 line, in the written workbook (the accounts hold 万元 to two decimals).
        CellRef t01 = cellOf(clean, "T01", classCode, "amount");
        Path file = dir.resolve("yuan.xlsx");
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            CellReference at = new CellReference(t01.cell());
            Cell cell = workbook.getSheet(t01.sheet()).getRow(at.getRow()).getCell(at.getCol());
            cell.setCellValue(cell.getNumericCellValue() + 0.01);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        Submission s = Analyzers.analyzer().analyze(SubmissionSource.workbook(file), new ImportOptions(2023, false, false, true));
        Finding x2 = s.findings().stream().filter(f -> f.ruleId().equals("X2-CLASS")).findFirst().orElseThrow();
        assertThat(x2.severity()).isEqualTo(Severity.ERROR);
        assertThat(x2.actualYuan().subtract(x2.expectedYuan())).isEqualByComparingTo("0.01");
        assertThat(x2.cells()).containsExactly(t01, cellOf(s, "T03", classCode, "total"));
        assertThat(x2.message()).endsWith("差 0.01 元");
        assertThat(s.findings()).noneMatch(f -> f.ruleId().endsWith("-ROUNDING"));
    }
}
