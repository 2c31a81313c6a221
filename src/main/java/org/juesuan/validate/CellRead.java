package org.juesuan.validate;

import java.math.BigDecimal;

/**
 * One read of a cross-table rule side, as {@link SymbolicSubmission} records it, replayed on a submission
 * through the very view calls SpEL makes for it: the same figure, and the same cells, units and absences
 * noted in the {@link Evaluation}.
 */
sealed interface CellRead {

    BigDecimal readFrom(SubmissionView submission);

    /** {@code T06['TOTAL']['basic']} */
    record Cell(String table, String row, String column) implements CellRead {
        @Override
        public BigDecimal readFrom(SubmissionView submission) {
            return submission.get(table).get(row).get(column);
        }
    }

    /** {@code T01.sumOfClasses('amount')} */
    record ClassSum(String table, String column) implements CellRead {
        @Override
        public BigDecimal readFrom(SubmissionView submission) {
            return submission.get(table).sumOfClasses(column);
        }
    }
}
