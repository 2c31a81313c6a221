package org.juesuan.validate;

import java.util.Set;

/**
 * The root of a row-scope expression evaluated once per table rather than on each row: a column
 * ({@code total}, {@code ['basic.personnel']}, {@code sumOf('project.')}) reads as the column itself,
 * {@link Terms} of the column, not as a row's figure. A column the table does not print makes the rule not
 * applicable to the table, as it does when the expression is evaluated on a row.
 */
final class SymbolicRow extends KeyedView<Terms<String>> {

    private final Set<String> printedColumns;
    private String unprintedColumn;

    SymbolicRow(Set<String> printedColumns) {
        this.printedColumns = printedColumns;
    }

    @Override
    public Terms<String> get(Object key) {
        String column = (String) key;
        if (!printedColumns.contains(column)) {
            if (unprintedColumn == null) {
                unprintedColumn = column;
            }
            return Terms.none();
        }
        return Terms.of(column);
    }

    /** The printed columns whose key starts with the prefix, in the table's order (T05/T07 project.301 …). */
    public Terms<String> sumOf(String prefix) {
        Terms<String> sum = Terms.none();
        for (String column : printedColumns) {
            if (column.startsWith(prefix)) {
                sum = sum.plus(Terms.of(column));
            }
        }
        return sum;
    }

    /** The first column read that the table does not print, or null. */
    String unprintedColumn() {
        return unprintedColumn;
    }
}
