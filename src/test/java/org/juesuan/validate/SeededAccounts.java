package org.juesuan.validate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.juesuan.model.CellRef;
import org.juesuan.model.Fact;
import org.juesuan.model.Finding;
import org.juesuan.model.Severity;
import org.juesuan.model.Submission;
import org.juesuan.samples.AccountRow;
import org.juesuan.samples.DepartmentAccounts;
import org.juesuan.samples.LayoutVariant;
import org.juesuan.samples.SampleGenerator;
import org.juesuan.samples.SampleOptions;
import org.juesuan.samples.SampleWorkbookWriter;
import org.juesuan.submission.ImportOptions;
import org.juesuan.submission.SubmissionSource;
import org.juesuan.support.Analyzers;

/**
 * A clean department (the education bureau sample, in 万元) with figures changed on purpose, written as a workbook
 * and analyzed by the real pipeline: how the audit tests seed what a rule must find. Committed samples are never
 * edited.
 */
final class SeededAccounts {

    static final DepartmentAccounts CLEAN = SampleGenerator.departments().get(1);

    private SeededAccounts() {
    }

    static Submission analyze(DepartmentAccounts accounts, Path dir, String name) throws Exception {
        return analyze(accounts, LayoutVariant.standard(), dir, name);
    }

    static Submission analyze(DepartmentAccounts accounts, LayoutVariant variant, Path dir, String name) throws Exception {
        Path file = dir.resolve(name + ".xlsx");
        SampleWorkbookWriter.write(accounts, SampleOptions.defaults(), variant, file);
        // The sample layout prints no year (like many real files): the operator passes --year.
        return Analyzers.analyzer().analyze(SubmissionSource.workbook(file), new ImportOptions(2023, false, false, true));
    }

    static AccountRow row(DepartmentAccounts a, String table, String key) {
        return a.row(table, key).orElseThrow(() -> new AssertionError(table + " has no row " + key));
    }

    /** The accounts with {@code delta} (万元) added to one figure. */
    static DepartmentAccounts plus(DepartmentAccounts a, String table, String key, String column, String delta) {
        AccountRow r = row(a, table, key);
        return a.withRow(table, r.with(column, r.amount(column).add(new BigDecimal(delta))));
    }

    static CellRef cellOf(Submission s, String table, String row, String column) {
        return s.facts().stream().filter(f -> f.table().name().equals(table) && f.rowKey().equals(row)
                && f.columnKey().equals(column)).map(Fact::source).findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + table + "[" + row + "]." + column));
    }

    static List<Finding> ofSeverity(Submission s, Severity severity) {
        return s.findings().stream().filter(f -> f.severity() == severity).toList();
    }

    /** T01's 类 lines with a non-zero amount, in printed order. */
    static List<AccountRow> t01Classes() {
        return CLEAN.rows("T01").stream().filter(r -> r.rowKey().matches("\\d{3}")
                && r.amount("amount").signum() > 0).toList();
    }
}
