package org.juesuan.report;

import java.math.BigDecimal;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.layout.Unit;
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

    /** The unit the table prints (万元 or 元); 元 for a table the submission lacks. */
    public Unit unitOf(String tableCode) {
        return tables.stream().filter(t -> t.code().equals(tableCode)).findFirst().map(t -> Unit.ofLabel(t.unit()))
                .orElse(Unit.YUAN);
    }

    /** The unit of the table printed on the cell's sheet, else of the given table. */
    public Unit unitAt(CellRef cell, String fallbackTable) {
        return tables.stream().filter(t -> cell != null && cell.file().equals(t.file()) && cell.sheet().equals(t.sheet()))
                .findFirst().map(t -> Unit.ofLabel(t.unit())).orElse(unitOf(fallbackTable));
    }

    /** The cell a refusal names ({@code file › sheet › A1：…}), or null when it names only a file. */
    public CellRef rejectCell() {
        if (rejectReason == null) {
            return null;
        }
        Matcher m = AT_CELL.matcher(rejectReason);
        return m.find() ? new CellRef(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static final Pattern AT_CELL = Pattern.compile("^([^›]+?) › ([^›]+?) › ([A-Z]{1,3}[0-9]+)[:：]");

    public long count(String severity) {
        return findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    public long count(String severity, String table) {
        return findings.stream().filter(f -> f.severity().equals(severity) && table.equals(f.table())).count();
    }
}
