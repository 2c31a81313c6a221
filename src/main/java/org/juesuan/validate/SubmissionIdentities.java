package org.juesuan.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;

/**
 * Compare rules of submission scope: once over the submission ({@code T01-INCOME}, {@code X5}), or once per row
 * key of a forEachRow rule ({@code X2-CLASS}: {@code {row}} is each 类 printed in T01 or T03).
 */
final class SubmissionIdentities {

    private SubmissionIdentities() {
    }

    static RuleCounts check(Rule.Compare rule, Map<TableCode, MappedTable> tables, Consumer<Finding> findings) {
        if (rule.forEachRow() == null) {
            return compare(rule, tables, null, findings);
        }
        if (!rule.forEachRow().tables().stream().allMatch(tables::containsKey)) {
            return IdentityCheck.NOT_APPLICABLE; // it compares its tables row by row: one of them is absent
        }
        RuleCounts[] counts = {RuleCounts.NONE};
        forEachRowKey(rule.forEachRow(), tables, rowKey -> counts[0] = counts[0].plus(compare(rule, tables, rowKey, findings)));
        return counts[0];
    }

    private static RuleCounts compare(Rule.Compare rule, Map<TableCode, MappedTable> tables, String rowKey,
                                      Consumer<Finding> findings) {
        SubmissionCells read = new SubmissionCells(tables, rowKey);
        IdentityCheck.Sum left = read.sum(rule.left());
        IdentityCheck.Sum right = read.sum(rule.right());
        if (read.notApplicable() || (rule.ifPrinted() && read.rowMissing())) {
            return IdentityCheck.NOT_APPLICABLE;
        }
        return IdentityCheck.judge(rule, read.firstTable(), AuditMessages.rowLabel(rowKey, rowKey), left, right,
                read.unit(), read::cells, findings);
    }

    /**
     * Each {row} key of a forEachRow rule once: every row (of the given level) printed in any of its tables, in
     * the order met. Streams the rows: a table of a million keys is not copied into a set.
     */
    private static void forEachRowKey(Rule.ForEachRow forEachRow, Map<TableCode, MappedTable> tables,
                                      Consumer<String> action) {
        List<MappedTable> earlier = new ArrayList<>();
        for (TableCode code : forEachRow.tables()) {
            MappedTable table = tables.get(code);
            for (KeyedRow row : table.rows()) {
                boolean codeRow = row.rowKey().chars().allMatch(Character::isDigit);
                boolean wanted = forEachRow.level() == null ? codeRow || row.rowKey().equals("TOTAL")
                        : codeRow && row.level() == forEachRow.level();
                if (wanted && earlier.stream().noneMatch(t -> t.row(row.rowKey()) != null)) {
                    action.accept(row.rowKey());
                }
            }
            earlier.add(table);
        }
    }
}
