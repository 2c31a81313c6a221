package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.TableCode;

/**
 * One evaluation of a submission-scope comparison: sums its sides' reads over the submission's tables and keeps
 * what they touched — the cells (for the finding), the coarsest unit (for the tolerance), and whether something
 * needed is absent. A row that is not printed reads as zero; an absent table or an unprinted column makes the
 * comparison not applicable.
 */
final class SubmissionCells {

    private final Map<TableCode, MappedTable> tables;
    /** The row key {@code {row}} stands for in a forEachRow rule, or null. */
    private final String currentRow;
    private final List<CellRef> cells = new ArrayList<>();
    private TableCode firstTable;
    private Unit unit;
    private boolean notApplicable;
    private boolean rowMissing;
    private int nonZeroTerms;

    SubmissionCells(Map<TableCode, MappedTable> tables, String currentRow) {
        this.tables = tables;
        this.currentRow = currentRow;
    }

    IdentityCheck.Sum sum(Side side) {
        nonZeroTerms = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Side.Term term : side.terms()) {
            BigDecimal value = read(term.read());
            sum = term.subtracted() ? sum.subtract(value) : sum.add(value);
        }
        return new IdentityCheck.Sum(sum, nonZeroTerms);
    }

    private BigDecimal read(Read read) {
        if (read instanceof Read.Cell cell) {
            MappedTable table = table(cell.table(), cell.column());
            if (table == null) {
                return BigDecimal.ZERO;
            }
            KeyedRow row = table.row(cell.currentRow() ? currentRow : cell.row());
            if (row == null) {
                rowMissing = true;
                return BigDecimal.ZERO;
            }
            return figure(row, cell.column());
        }
        Read.ClassSum classes = (Read.ClassSum) read; // the rule file admits no other read in this scope
        MappedTable table = table(classes.table(), classes.column());
        BigDecimal sum = BigDecimal.ZERO;
        if (table != null) {
            for (KeyedRow row : table.rows()) {
                if (row.level() == 1) {
                    sum = sum.add(figure(row, classes.column()));
                }
            }
        }
        return sum;
    }

    /** The table, or null (and not applicable) when it is absent or does not print the column. */
    private MappedTable table(TableCode code, String column) {
        if (firstTable == null) {
            firstTable = code;
        }
        MappedTable table = tables.get(code);
        if (table == null || !table.printedColumns().contains(column)) {
            notApplicable = true;
            return null;
        }
        unit = Rounding.coarser(unit, table.source().detected().unit());
        return table;
    }

    private BigDecimal figure(KeyedRow row, String column) {
        Amount amount = row.amounts().get(column);
        if (amount == null) {
            return BigDecimal.ZERO;
        }
        if (amount.cell() != null) {
            cells.add(amount.cell());
        }
        if (!amount.isZero()) {
            nonZeroTerms++;
        }
        return amount.yuan();
    }

    List<CellRef> cells() {
        return cells;
    }

    TableCode firstTable() {
        return firstTable;
    }

    Unit unit() {
        return unit;
    }

    boolean notApplicable() {
        return notApplicable;
    }

    boolean rowMissing() {
        return rowMissing;
    }
}
