package org.juesuan.validate;

import java.util.List;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.SpelMessage;
import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.Indexer;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.OpMinus;
import org.springframework.expression.spel.ast.OpPlus;
import org.springframework.expression.spel.ast.PropertyOrFieldReference;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.support.DataBindingMethodResolver;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * A rule side evaluated by SpEL once, over a root whose reads answer with themselves ({@link SymbolicRow},
 * {@link SymbolicSubmission}) rather than with figures, and added and subtracted by {@link TermArithmetic}:
 * the side as {@link Terms}, to be summed over the figures in plain Java as often as needed.
 */
final class SymbolicEvaluation {

    private static final List<String> SUM_METHODS = List.of("sumOf", "sumOfClasses");

    private SymbolicEvaluation() {
    }

    /** The side as terms, or null when it is anything but a sum or difference of reads. */
    static Terms<?> terms(Expression expression, Object symbolicRoot) {
        if (!(expression instanceof SpelExpression spel) || !isSumOfReads(spel.getAST())) {
            return null;
        }
        try {
            return expression.getValue(context(), symbolicRoot) instanceof Terms<?> terms ? terms : null;
        } catch (RuntimeException e) {
            return null; // evaluated by SpEL over the figures then, which fails or succeeds as it always has
        }
    }

    /**
     * Only {@code +}, {@code -}, names, {@code ['key']}, {@code a.b} chains and {@code sumOf('…')} /
     * {@code sumOfClasses('…')}: nothing in such a tree evaluates to null, so a null operand of
     * {@code +}/{@code -} can only mean a unary sign.
     */
    private static boolean isSumOfReads(SpelNode node) {
        if (node instanceof OpPlus || node instanceof OpMinus || node instanceof CompoundExpression) {
            for (int i = 0; i < node.getChildCount(); i++) {
                if (!isSumOfReads(node.getChild(i))) {
                    return false;
                }
            }
            return true;
        }
        boolean oneLiteral = node.getChildCount() == 1 && node.getChild(0) instanceof StringLiteral;
        return node instanceof PropertyOrFieldReference
                || (node instanceof Indexer && oneLiteral)
                || (node instanceof MethodReference method && SUM_METHODS.contains(method.getName()) && oneLiteral);
    }

    /** Map entries, the roots' own methods and the terms' arithmetic; no types, constructors or beans. */
    private static EvaluationContext context() {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setPropertyAccessors(List.of(new MapAccessor()));
        context.setMethodResolvers(List.of(DataBindingMethodResolver.forInstanceMethodInvocation()));
        context.setConstructorResolvers(List.of());
        context.setTypeLocator(type -> {
            throw new SpelEvaluationException(SpelMessage.TYPE_NOT_FOUND, type);
        });
        context.setOperatorOverloader(new TermArithmetic());
        return context;
    }
}
