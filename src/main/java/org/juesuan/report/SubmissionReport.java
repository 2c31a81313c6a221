package org.juesuan.report;

import java.math.BigDecimal;
import java.util.List;

import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.Submission;
import org.juesuan.model.TablePresence;

/**
 * What the reports say about one submission, built either from an analysed submission or from
 * the warehouse (the {@code report} command), so every report reads the same facts.
 */
public record SubmissionReport(long id, String sourcePath, String departmentName, Integer fiscalYear,
                               String status, String rejectReason, RuleCounts rules,
                               List<Table> tables, List<Item> findings) {

    /** A table the submission printed. */
    public record Table(String code, String title, String file, String sheet, String unit, int rows, String note) {
    }

    /** One finding with every cell involved. */
    public record Item(String ruleId, String severity, String table, String message, BigDecimal expectedYuan,
                       BigDecimal actualYuan, List<CellRef> cells) {
    }

    public static SubmissionReport of(long id, Submission s) {
        return new SubmissionReport(id, s.sourcePath(), s.departmentName(), s.fiscalYear(), s.status().name(),
                s.rejectReason(), s.ruleCounts(),
                s.tables().stream().map(SubmissionReport::table).toList(),
                s.findings().stream().map(SubmissionReport::item).toList());
    }

    private static Table table(TablePresence t) {
        return new Table(t.table().name(), t.table().title(), t.sourceFile(), t.sourceSheet(), t.unit(),
                t.dataRows(), t.note());
    }

    private static Item item(Finding f) {
        return new Item(f.ruleId(), f.severity().name(), f.table() == null ? null : f.table().name(), f.message(),
                f.expectedYuan(), f.actualYuan(), f.cells());
    }

    public long count(String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    public long count(String severity, String table) {
        return findings.stream().filter(f -> f.severity().equals(severity) && table.equals(f.table())).count();
    }
}
