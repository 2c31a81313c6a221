package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.TableCode;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.MapAccessor;
import org.springframework.expression.spel.support.SimpleEvaluationContext;

/**
 * A compare rule evaluated by SpEL over a view of the submission ({@link SubmissionView}), which records
 * every cell read in the {@link Evaluation}. Expressions are parsed once per rule book. A side over the
 * whole submission that is a sum or difference of cells ({@code T08['PERSONNEL_TOTAL']['amount'] +
 * T08['PUBLIC_TOTAL']['amount']}, {@code T01.sumOfClasses('amount')}) is evaluated symbolically once and
 * from then on replayed in Java: the same view calls in the same order as SpEL makes them, so the same
 * value, cells and absences, without interpreting the expression on every submission and row key.
 */
final class SpelComparison {

    private static final RuleCounts PASSED = new RuleCounts(1, 0, 0);
    private static final RuleCounts FAILED = new RuleCounts(0, 1, 0);
    static final RuleCounts NOT_APPLICABLE = new RuleCounts(0, 0, 1);

    private final SpelExpressionParser parser = new SpelExpressionParser();
    private final Map<String, Expression> parsed = new ConcurrentHashMap<>();
    private final Map<String, Optional<Terms<CellRead>>> cellSums = new ConcurrentHashMap<>();
    private final boolean replaySums;

    SpelComparison() {
        this(true);
    }

    /** @param replaySums false: SpEL on every evaluation, as before sums were replayed (to compare the two) */
    SpelComparison(boolean replaySums) {
        this.replaySums = replaySums;
    }

    Expression parse(String expression) {
        return parsed.computeIfAbsent(expression, parser::parseExpression);
    }

    /**
     * What rule expressions may use: the views' map entries and their public methods (sumOf …), nothing
     * else of Java. Holds no root: one context serves every evaluation of a rule over a table.
     */
    static EvaluationContext context() {
        return SimpleEvaluationContext.forPropertyAccessors(new MapAccessor()).withInstanceMethods().build();
    }

    RuleCounts compare(Rule rule, String left, String right, Evaluation evaluation, EvaluationContext context,
                       Object root, String rowLabel, List<Finding> findings) {
        evaluation.startSide();
        BigDecimal l = evaluate(left, context, root, rule);
        evaluation.startSide();
        BigDecimal r = evaluate(right, context, root, rule);
        if (evaluation.notApplicable != null || (rule.ifPrinted() && evaluation.rowMissing)) {
            return NOT_APPLICABLE;
        }
        BigDecimal tolerance = rule.exact() ? BigDecimal.ZERO : evaluation.roundingTolerance();
        if (Comparison.holds(rule, l, r, tolerance)) {
            return PASSED;
        }
        TableCode table = evaluation.firstTable != null ? evaluation.firstTable
                : rule.table() != null ? TableCode.valueOf(rule.table()) : null;
        findings.add(Comparison.finding(rule, table, evaluation.firstUnit, rowLabel, l, r, tolerance, evaluation.cells));
        return FAILED;
    }

    private BigDecimal evaluate(String expression, EvaluationContext context, Object root, Rule rule) {
        if (replaySums && root instanceof SubmissionView submission) {
            Optional<Terms<CellRead>> cells = cellSums.computeIfAbsent(expression, this::cellSum);
            if (cells.isPresent()) {
                return cells.get().sum(cell -> cell.readFrom(submission)).value();
            }
        }
        Object value = parse(expression).getValue(context, root);
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        throw new IllegalStateException("rule " + rule.id() + ": '" + expression + "' gave " + value + ", not an amount");
    }

    @SuppressWarnings("unchecked")
    private Optional<Terms<CellRead>> cellSum(String expression) {
        Terms<?> cells = SymbolicEvaluation.terms(parse(expression), new SymbolicSubmission());
        return Optional.ofNullable((Terms<CellRead>) cells);
    }
}
