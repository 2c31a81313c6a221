package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;

/**
 * Compare rules of row scope ({@code total == basic + project}): one identity between a table's columns, checked
 * on each of its rows. The sides are bound to the table's printed columns once ({@code sumOf('project.')} becomes
 * the columns it names), then each row is summed in plain BigDecimal.
 */
final class RowIdentities {

    /** One column of a bound side, added or subtracted. */
    private record SignedColumn(String column, boolean subtracted) {
    }

    private RowIdentities() {
    }

    static RuleCounts check(Rule.Compare rule, MappedTable table, Consumer<Finding> findings) {
        if (table == null) {
            return IdentityCheck.NOT_APPLICABLE;
        }
        if (table.rows().isEmpty()) {
            return RuleCounts.NONE; // nothing to check
        }
        List<SignedColumn> left = bind(rule.left(), table.printedColumns());
        List<SignedColumn> right = bind(rule.right(), table.printedColumns());
        if (left == null || right == null) {
            return IdentityCheck.NOT_APPLICABLE; // a column the rule needs is not printed in this table
        }
        Unit unit = table.source().detected().unit();
        RuleCounts counts = RuleCounts.NONE;
        for (KeyedRow row : table.rows()) {
            Map<String, Amount> amounts = row.amounts();
            counts = counts.plus(IdentityCheck.judge(rule, table.code(), AuditMessages.rowLabel(row),
                    sum(left, amounts), sum(right, amounts), unit, () -> cellsRead(left, right, amounts), findings));
        }
        return counts;
    }

    /**
     * The side's columns, or null when it reads a column the table does not print; a {@code sumOf} naming no
     * printed column reads columns the table does not print, so it is not a sum of zero.
     */
    private static List<SignedColumn> bind(Side side, Set<String> printed) {
        List<SignedColumn> columns = new ArrayList<>();
        for (Side.Term term : side.terms()) {
            if (term.read() instanceof Read.Column column) {
                if (!printed.contains(column.column())) {
                    return null;
                }
                columns.add(new SignedColumn(column.column(), term.subtracted()));
            } else {
                String prefix = ((Read.ColumnsStartingWith) term.read()).prefix(); // the only other read in this scope
                int before = columns.size();
                for (String column : printed) {
                    if (column.startsWith(prefix)) {
                        columns.add(new SignedColumn(column, term.subtracted()));
                    }
                }
                if (columns.size() == before) {
                    return null;
                }
            }
        }
        return columns;
    }

    /** A column the row lacks reads as zero. */
    private static IdentityCheck.Sum sum(List<SignedColumn> side, Map<String, Amount> amounts) {
        BigDecimal sum = BigDecimal.ZERO;
        int nonZero = 0;
        for (SignedColumn term : side) {
            Amount amount = amounts.get(term.column());
            if (amount == null) {
                continue;
            }
            if (!amount.isZero()) {
                nonZero++;
            }
            sum = term.subtracted() ? sum.subtract(amount.yuan()) : sum.add(amount.yuan());
        }
        return new IdentityCheck.Sum(sum, nonZero);
    }

    /** The cells of the figures both sides read on one row, in reading order. */
    private static List<CellRef> cellsRead(List<SignedColumn> left, List<SignedColumn> right, Map<String, Amount> amounts) {
        List<CellRef> cells = new ArrayList<>();
        for (List<SignedColumn> side : List.of(left, right)) {
            for (SignedColumn term : side) {
                Amount amount = amounts.get(term.column());
                if (amount != null && amount.cell() != null) {
                    cells.add(amount.cell());
                }
            }
        }
        return cells;
    }
}
