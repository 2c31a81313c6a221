package org.juesuan.validate;

import org.springframework.expression.Operation;
import org.springframework.expression.OperatorOverloader;

/**
 * The arithmetic SpEL applies to {@link ColumnTerms} when a row-scope rule is evaluated once per table:
 * {@code +} and {@code -}, binary and unary. Any other operation on columns ({@code *}, a literal added …)
 * is left to SpEL, which refuses it: the rule is then evaluated row by row.
 */
final class ColumnTermArithmetic implements OperatorOverloader {

    @Override
    public boolean overridesOperation(Operation operation, Object left, Object right) {
        return (operation == Operation.ADD || operation == Operation.SUBTRACT) && left instanceof ColumnTerms
                && (right == null || right instanceof ColumnTerms);
    }

    @Override
    public Object operate(Operation operation, Object left, Object right) {
        ColumnTerms terms = (ColumnTerms) left;
        if (right == null) { // unary + or − (the linear-form check lets no null operand through otherwise)
            return operation == Operation.ADD ? terms : terms.negated();
        }
        return operation == Operation.ADD ? terms.plus((ColumnTerms) right) : terms.minus((ColumnTerms) right);
    }
}
