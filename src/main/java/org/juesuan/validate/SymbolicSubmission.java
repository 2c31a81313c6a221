package org.juesuan.validate;

import org.juesuan.model.TableCode;

/**
 * The root of a cross-table expression evaluated once, symbolically: {@code T06['TOTAL']['basic']} reads
 * as that {@link CellRead}, {@code T01.sumOfClasses('amount')} as the sum of T01's 类 rows — not as figures.
 */
final class SymbolicSubmission extends KeyedView<SymbolicSubmission.Table> {

    @Override
    public Table get(Object key) {
        String name = (String) key;
        TableCode.valueOf(name); // a name that is no table fails here, and SpEL over the figures fails on it as before
        return new Table(name);
    }

    /** {@code T06}: {@code ['ROWKEY']} gives a row, {@code sumOfClasses('col')} the sum of its 类 rows. */
    static final class Table extends KeyedView<Row> {
        private final String table;

        Table(String table) {
            this.table = table;
        }

        @Override
        public Row get(Object key) {
            return new Row(table, (String) key);
        }

        public Terms<CellRead> sumOfClasses(String column) {
            return Terms.of(new CellRead.ClassSum(table, column));
        }
    }

    /** {@code T06['TOTAL']}: {@code ['col']} gives the cell. */
    static final class Row extends KeyedView<Terms<CellRead>> {
        private final String table;
        private final String row;

        Row(String table, String row) {
            this.table = table;
            this.row = row;
        }

        @Override
        public Terms<CellRead> get(Object key) {
            return Terms.of(new CellRead.Cell(table, row, (String) key));
        }
    }
}
