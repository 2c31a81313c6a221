package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.Map;

import org.juesuan.layout.Unit;
import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.TableCode;

/**
 * The submission as rule expressions see it: {@code T06['TOTAL']['basic']}. Every read is
 * recorded in the current {@link Evaluation}; absent rows read as zero, absent tables and
 * unprinted columns make the rule not applicable.
 */
final class SubmissionView extends KeyedView<SubmissionView.TableView> {

    /** In a forEachRow rule, {@code T07['{row}']} reads the row of the key being checked. */
    static final String ROW_PLACEHOLDER = "{row}";

    private final Map<TableCode, MappedTable> tables;
    private final Evaluation evaluation;

    SubmissionView(Map<TableCode, MappedTable> tables, Evaluation evaluation) {
        this.tables = tables;
        this.evaluation = evaluation;
    }

    @Override
    public TableView get(Object key) {
        TableCode code = TableCode.valueOf((String) key);
        MappedTable table = tables.get(code);
        if (table == null) {
            evaluation.notApplicable(code + " is not in the submission");
        }
        return new TableView(code, table, evaluation);
    }

    static Unit unitOf(MappedTable table) {
        return table == null ? null : table.source().detected().unit();
    }

    /** One table: {@code ['ROWKEY']} gives a row; {@code sumOfClasses('col')} sums its 类 rows. */
    static final class TableView extends KeyedView<RowView> {
        private final TableCode code;
        private final MappedTable table;
        private final Evaluation evaluation;

        TableView(TableCode code, MappedTable table, Evaluation evaluation) {
            this.code = code;
            this.table = table;
            this.evaluation = evaluation;
        }

        @Override
        public RowView get(Object key) {
            String rowKey = ROW_PLACEHOLDER.equals(key) && evaluation.forRow != null ? evaluation.forRow : (String) key;
            KeyedRow row = table == null ? null : table.row(rowKey);
            if (table != null && row == null) {
                evaluation.rowMissing = true;
            }
            return new RowView(code, table, row, evaluation);
        }

        public BigDecimal sumOfClasses(String column) {
            BigDecimal sum = BigDecimal.ZERO;
            if (table != null) {
                for (KeyedRow row : table.rows()) {
                    if (row.level() == 1) {
                        sum = sum.add(new RowView(code, table, row, evaluation).get(column));
                    }
                }
            }
            return sum;
        }
    }

    /** One row: {@code ['col']} (or plain {@code col} in row-scope rules) gives its figure in 元. */
    static final class RowView extends KeyedView<BigDecimal> {
        private final TableCode code;
        private final MappedTable table;
        private final KeyedRow row;
        private final Evaluation evaluation;

        RowView(TableCode code, MappedTable table, KeyedRow row, Evaluation evaluation) {
            this.code = code;
            this.table = table;
            this.row = row;
            this.evaluation = evaluation;
        }

        @Override
        public BigDecimal get(Object key) {
            String column = (String) key;
            if (table == null) {
                return BigDecimal.ZERO;
            }
            if (!table.printedColumns().contains(column)) {
                evaluation.notApplicable(code + " does not print column " + column);
                return BigDecimal.ZERO;
            }
            Amount amount = row == null ? null : row.amounts().get(column);
            evaluation.term(code, unitOf(table), amount == null ? null : amount.cell(), amount == null || amount.isZero());
            return amount == null ? BigDecimal.ZERO : amount.yuan();
        }

        /** Σ of the row's columns whose key starts with the prefix (T05/T07 project.301 …). */
        public BigDecimal sumOf(String prefix) {
            BigDecimal sum = BigDecimal.ZERO;
            if (table != null) {
                for (String column : table.printedColumns()) {
                    if (column.startsWith(prefix)) {
                        sum = sum.add(get(column));
                    }
                }
            }
            return sum;
        }
    }
}
