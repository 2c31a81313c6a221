package org.juesuan.validate;

import org.springframework.expression.Operation;
import org.springframework.expression.OperatorOverloader;

/**
 * The arithmetic SpEL applies to {@link Terms} when a rule side is evaluated symbolically: {@code +} and
 * {@code -}, binary and unary. Any other operation on reads ({@code *}, a literal added …) is left to SpEL,
 * which refuses it: the side is then evaluated by SpEL over the figures, as it always was.
 */
final class TermArithmetic implements OperatorOverloader {

    @Override
    public boolean overridesOperation(Operation operation, Object left, Object right) {
        return (operation == Operation.ADD || operation == Operation.SUBTRACT) && left instanceof Terms
                && (right == null || right instanceof Terms);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object operate(Operation operation, Object left, Object right) {
        Terms<Object> terms = (Terms<Object>) left;
        if (right == null) { // unary + or − (SymbolicEvaluation lets no null operand through otherwise)
            return operation == Operation.ADD ? terms : terms.negated();
        }
        return operation == Operation.ADD ? terms.plus((Terms<Object>) right) : terms.minus((Terms<Object>) right);
    }
}
