package org.juesuan.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.validate.SeededAccounts.CLEAN;
import static org.juesuan.validate.SeededAccounts.cellOf;
import static org.juesuan.validate.SeededAccounts.ofSeverity;
import static org.juesuan.validate.SeededAccounts.plus;
import static org.juesuan.validate.SeededAccounts.t01Classes;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Submission;
import org.juesuan.model.SubmissionStatus;
import org.juesuan.samples.AccountRow;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.SampleOptions;
import org.juesuan.samples.SampleWorkbookWriter;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Analyzers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Takes a clean department (the education bureau sample), seeds one break into its figures,
 * writes the workbook, and checks that exactly the rule meant to catch it fires, at exactly the
 * cells involved, and no other ERROR.
 */
class SeededBreakTest {

    @TempDir
    Path dir;

    private Submission analyze(DepartmentAccounts accounts, String name) throws Exception {
        return SeededAccounts.analyze(accounts, dir, name);
    }

    private static List<Finding> errors(Submission s) {
        return ofSeverity(s, Severity.ERROR);
    }

    @Test
    void theCleanSampleRaisesNoErrorAndCountsItsRules() throws Exception {
        Submission clean = analyze(CLEAN, "clean");
        assertThat(errors(clean)).isEmpty();
        assertThat(clean.status()).as(clean.rejectReason()).isEqualTo(SubmissionStatus.LOADED);
        assertThat(clean.ruleCounts().passed()).isGreaterThan(200);
        assertThat(clean.ruleCounts().failed()).isZero();
        // T11/T12 carry no money, so e.g. X10 compares zeros and passes; nothing is skipped silently.
        assertThat(clean.ruleCounts().notApplicable()).isPositive();
    }

    @Test
    void aSectionRowOffBeyondToleranceBreaksOnlyTheHierarchyAtItsCells() throws Exception {
        AccountRow section = CLEAN.rows("T03").stream().filter(r -> r.rowKey().matches("\\d{5}")
                && r.amount("basic").signum() > 0).findFirst().orElseThrow();
        String key = section.rowKey();
        // Rounding allows 0.01 万元 per non-zero summed term: 款 vs its 项 and 类 vs its 款, in both columns.
        // One cent beyond the widest of those four tolerances breaks all four comparisons.
        long terms = 0;
        for (String column : List.of("total", "basic")) {
            terms = Math.max(terms, nonZeroChildren(key, 7, column));
            terms = Math.max(terms, nonZeroChildren(key.substring(0, 3), 5, column));
        }
        String delta = new BigDecimal("0.01").multiply(BigDecimal.valueOf(terms + 1)).toPlainString();
        Submission broken = analyze(plus(plus(CLEAN, "T03", key, "total", delta), "T03", key, "basic", delta), "section");
        List<Finding> errors = errors(broken);
        assertThat(errors).extracting(Finding::ruleId).containsOnly("T03-SUM");
        // 款 vs Σ项 and 类 vs Σ款, in the 合计 and the 基本支出 column: four findings.
        assertThat(errors).hasSize(4);
        CellRef sectionTotal = cellOf(broken, "T03", key, "total");
        CellRef classTotal = cellOf(broken, "T03", key.substring(0, 3), "total");
        assertThat(errors).anySatisfy(f -> assertThat(f.primaryCell()).isEqualTo(sectionTotal));
        assertThat(errors).anySatisfy(f -> {
            assertThat(f.primaryCell()).isEqualTo(classTotal);
            assertThat(f.cells()).contains(sectionTotal);
        });
    }

    private static long nonZeroChildren(String parent, int length, String column) {
        return CLEAN.rows("T03").stream().filter(r -> r.rowKey().length() == length && r.rowKey().matches("\\d+")
                && r.rowKey().startsWith(parent) && r.amount(column).signum() != 0).count();
    }

    @Test
    void roundingInsideToleranceIsAWarningNamingTheCellsNotAnError() throws Exception {
        // A 项 whose 款 has at least two non-zero 项 in 合计 and in 基本支出, so rounding is allowed in both.
        AccountRow item = CLEAN.rows("T03").stream().filter(r -> r.rowKey().matches("\\d{7}")
                && r.amount("basic").signum() > 0).filter(r -> CLEAN.rows("T03").stream()
                        .filter(s -> s.rowKey().matches("\\d{7}") && s.rowKey().startsWith(r.rowKey().substring(0, 5))
                                && s.amount("total").signum() > 0 && s.amount("basic").signum() > 0).count() >= 2)
                .findFirst().orElseThrow();
        Submission rounded = analyze(plus(plus(CLEAN, "T03", item.rowKey(), "total", "0.01"),
                "T03", item.rowKey(), "basic", "0.01"), "rounded");
        assertThat(errors(rounded)).isEmpty();
        assertThat(rounded.status()).isEqualTo(SubmissionStatus.LOADED);
        // The 款 against its 项, in 合计 and in 基本支出: a 尾差 each, filed under the 款's cell, naming the 项's.
        String section = item.rowKey().substring(0, 5);
        List<Finding> roundings = rounded.findings().stream().filter(f -> f.ruleId().endsWith("-ROUNDING")).toList();
        assertThat(roundings).extracting(Finding::ruleId).containsOnly("T03-SUM-ROUNDING").hasSize(2);
        assertThat(roundings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        for (String column : List.of("total", "basic")) {
            assertThat(roundings).anySatisfy(f -> {
                assertThat(f.primaryCell()).isEqualTo(cellOf(rounded, "T03", section, column));
                assertThat(f.cells()).contains(cellOf(rounded, "T03", item.rowKey(), column));
                assertThat(f.actualYuan().subtract(f.expectedYuan())).isEqualByComparingTo("-100.00");
                assertThat(f.message()).contains("尾差").contains("差 -100.00 元（-0.01 万元）");
            });
        }
    }

    @Test
    void basicExpenditureAgainstPersonnelPlusPublicIsX5Only() throws Exception {
        // T08 stays internally consistent (款, 类 and 人员经费合计 all +1.00); only T06 基本支出 disagrees.
        DepartmentAccounts broken = plus(plus(plus(CLEAN, "T08", "30101", "amount", "1.00"),
                "T08", "301", "amount", "1.00"), "T08", "PERSONNEL_TOTAL", "amount", "1.00");
        Submission s = analyze(broken, "x5");
        List<Finding> errors = errors(s);
        assertThat(errors).extracting(Finding::ruleId).containsExactly("X5");
        Finding x5 = errors.get(0);
        assertThat(x5.cells()).containsExactly(cellOf(s, "T06", "TOTAL", "basic"),
                cellOf(s, "T08", "PERSONNEL_TOTAL", "amount"), cellOf(s, "T08", "PUBLIC_TOTAL", "amount"));
        assertThat(x5.actualYuan().subtract(x5.expectedYuan())).isEqualByComparingTo("-10000.00");
    }

    @Test
    void aClassLineOfT01DisagreeingWithT03IsX2AtBothCells() throws Exception {
        List<AccountRow> classes = t01Classes();
        String up = classes.get(0).rowKey();
        String down = classes.get(1).rowKey();
        // Moving 1.00 between two classes keeps T01's own sum; each class now disagrees with T03.
        Submission s = analyze(plus(plus(CLEAN, "T01", up, "amount", "1.00"), "T01", down, "amount", "-1.00"), "x2");
        List<Finding> errors = errors(s);
        assertThat(errors).extracting(Finding::ruleId).containsOnly("X2-CLASS").hasSize(2);
        assertThat(errors).extracting(Finding::cells).containsExactlyInAnyOrder(
                List.of(cellOf(s, "T01", up, "amount"), cellOf(s, "T03", up, "total")),
                List.of(cellOf(s, "T01", down, "amount"), cellOf(s, "T03", down, "total")));
    }

    @Test
    void anEmptyTableWithoutItsNoteIsAWarning() throws Exception {
        LinkedHashMap<String, String> notes = new LinkedHashMap<>(CLEAN.emptyTableNotes());
        assertThat(notes).containsKey("T11");
        notes.remove("T11");
        DepartmentAccounts withoutNote = new DepartmentAccounts(CLEAN.departmentName(), CLEAN.fiscalYear(),
                CLEAN.tables(), notes);
        Submission s = analyze(withoutNote, "nonote");
        assertThat(errors(s)).isEmpty();
        List<Finding> noteFindings = s.findings().stream().filter(f -> f.ruleId().equals("X14-EMPTY-NOTE")).toList();
        assertThat(noteFindings).hasSize(1);
        assertThat(noteFindings.get(0).table().name()).isEqualTo("T11");
        assertThat(noteFindings.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void rulesOverAbsentTablesAreNotApplicableRatherThanPassed() throws Exception {
        Submission full = analyze(CLEAN, "full");
        // A ten-table submission: the sheets of T05, T07 and T12 removed from the written workbook.
        Path file = dir.resolve("subset.xlsx");
        SampleWorkbookWriter.write(CLEAN, SampleOptions.defaults(), file);
        try (var in = java.nio.file.Files.newInputStream(file);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            for (String title : List.of("财政拨款支出决算明细表", "一般公共预算财政拨款支出决算明细表", "国有资本经营预算财政拨款支出决算表")) {
                workbook.removeSheetAt(workbook.getSheetIndex(workbook.getSheet(title)));
            }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        Submission subset = Analyzers.analyzer().analyze(SubmissionSource.workbook(file),
                new ImportOptions(2023, false, false, true));
        assertThat(subset.tables()).hasSize(10);
        assertThat(errors(subset)).isEmpty();
        // X7/X8/X10-T12 and the T05/T07/T12 row rules cannot be checked: not applicable, not passed.
        assertThat(subset.ruleCounts().notApplicable()).isGreaterThan(full.ruleCounts().notApplicable());
        assertThat(subset.ruleCounts().passed()).isLessThan(full.ruleCounts().passed());
    }

    @Test
    void miyiPersonnelAndPublicBreakIsReportedWithItsCells() throws Exception {
        Submission miyi = Analyzers.analyzer().analyze(SubmissionSource.workbook(
                org.juesuan.support.Samples.MIYI_XLSX), ImportOptions.DEFAULTS);
        Finding x5 = miyi.findings().stream().filter(f -> f.ruleId().equals("X5")).findFirst().orElseThrow();
        assertThat(x5.cells()).containsExactly(cellOf(miyi, "T06", "TOTAL", "basic"),
                cellOf(miyi, "T08", "PERSONNEL_TOTAL", "amount"), cellOf(miyi, "T08", "PUBLIC_TOTAL", "amount"));
        assertThat(x5.expectedYuan()).isEqualByComparingTo("7820900.00");
        assertThat(x5.actualYuan()).isEqualByComparingTo("7570900.00");
        Set<String> rules = miyi.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(Finding::ruleId).collect(Collectors.toSet());
        // Only the two contradictions of the published text: 21.09 万元 between 合计 and Σ类, and 人员+公用 ≠ 基本.
        assertThat(rules).containsExactlyInAnyOrder("X5", "X7-BASIC", "T05-ROW", "T05-ROW-BASIC", "T07-ROW",
                "T07-ROW-BASIC", "T02-SUM", "T03-SUM", "T05-SUM", "T06-SUM", "T07-SUM", "T01-EXPENSE",
                "T04-EXPENSE-total", "T04-EXPENSE-gpb");
    }
}
