package org.juesuan.validate;

/** What a compare rule's sides read ({@code scope:} in the rule file). */
enum Scope {
    /** The columns of one row, on every row of {@code table}: {@code total}, {@code ['basic.personnel']}, {@code sumOf('project.')}. */
    ROW,
    /** Cells of the submission's tables: {@code T06['TOTAL']['basic']}, {@code T01.sumOfClasses('amount')}. */
    SUBMISSION
}
