package org.juesuan.validate;

import org.juesuan.model.TableCode;

/** One read of a rule side: the figures a term of the sum stands for. */
sealed interface Read {

    /** In a forEachRow rule, {@code T07['{row}']} reads the row of the key being checked. */
    String CURRENT_ROW = "{row}";

    /** Row scope: {@code total}, {@code ['basic.personnel']}. */
    record Column(String column) implements Read {
    }

    /** Row scope: {@code sumOf('project.')}, every printed column whose key starts with the prefix, in the table's order. */
    record ColumnsStartingWith(String prefix) implements Read {
    }

    /** Submission scope: {@code T06['TOTAL']['basic']}; the row may be {@link #CURRENT_ROW}. */
    record Cell(TableCode table, String row, String column) implements Read {
        boolean currentRow() {
            return CURRENT_ROW.equals(row);
        }
    }

    /** Submission scope: {@code T01.sumOfClasses('amount')}, the column summed over the table's 类 rows. */
    record ClassSum(TableCode table, String column) implements Read {
    }

    default boolean rowScope() {
        return this instanceof Column || this instanceof ColumnsStartingWith;
    }
}
