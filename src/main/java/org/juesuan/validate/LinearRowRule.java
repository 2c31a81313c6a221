package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Amount;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.SpelMessage;
import org.springframework.expression.spel.SpelNode;
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
 * A row-scope rule whose two sides are sums and differences of the row's columns, as nearly all are
 * ({@code total == basic + project}), reduced once per table to {@link ColumnTerms}: SpEL evaluates the
 * rule's expressions over a {@link SymbolicRow}, whose columns are terms, and adds and subtracts them with
 * {@link ColumnTermArithmetic}. Each row is then checked in plain BigDecimal arithmetic — interpreting
 * SpEL on every row was most of the audit's cost — with exactly what the row-by-row evaluation gives:
 * each side in 元, 0.01 of the table's unit per non-zero term of the longer side as tolerance, the same
 * message, values and cells.
 */
final class LinearRowRule {

    private final Rule rule;
    private final MappedTable table;
    private final ColumnTerms left;
    private final ColumnTerms right;
    private final String unprintedColumn;
    private final BigDecimal roundingPerTerm;

    private LinearRowRule(Rule rule, MappedTable table, ColumnTerms left, ColumnTerms right, String unprintedColumn) {
        this.rule = rule;
        this.table = table;
        this.left = left;
        this.right = right;
        this.unprintedColumn = unprintedColumn;
        this.roundingPerTerm = Evaluation.roundingPerTerm(SubmissionView.unitOf(table));
    }

    /** The rule over this table as a linear form, or empty when a side is anything else (SpEL row by row then). */
    static Optional<LinearRowRule> of(Rule rule, MappedTable table, Function<String, Expression> parse) {
        SymbolicRow root = new SymbolicRow(table.printedColumns());
        ColumnTerms left = terms(parse.apply(rule.left()), root);
        ColumnTerms right = left == null ? null : terms(parse.apply(rule.right()), root);
        return right == null ? Optional.empty()
                : Optional.of(new LinearRowRule(rule, table, left, right, root.unprintedColumn()));
    }

    ColumnTerms left() {
        return left;
    }

    ColumnTerms right() {
        return right;
    }

    RuleCounts check(List<Finding> findings) {
        if (unprintedColumn != null) {
            // Row by row, the first row would find the column missing; a table without rows is never evaluated.
            return table.rows().isEmpty() ? RuleCounts.NONE : SpelComparison.NOT_APPLICABLE;
        }
        int passed = 0;
        int failed = 0;
        for (KeyedRow row : table.rows()) {
            Map<String, Amount> amounts = row.amounts();
            ColumnTerms.Sum l = left.sumIn(amounts);
            ColumnTerms.Sum r = right.sumIn(amounts);
            BigDecimal tolerance = rule.exact() ? BigDecimal.ZERO
                    : Evaluation.roundingTolerance(Math.max(l.nonZeroTerms(), r.nonZeroTerms()), roundingPerTerm);
            if (Comparison.holds(rule, l.yuan(), r.yuan(), tolerance)) {
                passed++;
                continue;
            }
            failed++;
            List<CellRef> cells = new ArrayList<>();
            left.cellsIn(amounts, cells);
            right.cellsIn(amounts, cells);
            findings.add(Comparison.finding(rule, table.code(), row.rowKey() + " " + row.rowName(), l.yuan(), r.yuan(),
                    tolerance, cells));
        }
        return new RuleCounts(passed, failed, 0);
    }

    /** The side as terms, or null when it is not a sum or difference of columns. */
    private static ColumnTerms terms(Expression expression, SymbolicRow root) {
        if (!(expression instanceof SpelExpression spel) || !isSumOfColumns(spel.getAST())) {
            return null;
        }
        try {
            return expression.getValue(symbolicContext(), root) instanceof ColumnTerms terms ? terms : null;
        } catch (RuntimeException e) {
            return null; // SpEL row by row then, which fails or succeeds exactly as it always has
        }
    }

    /**
     * Only {@code +}, {@code -}, column names, {@code ['column']} and {@code sumOf('prefix')}: a tree whose
     * every value is terms, so that a null operand of {@code +}/{@code -} can only mean a unary sign.
     */
    private static boolean isSumOfColumns(SpelNode node) {
        if (node instanceof OpPlus || node instanceof OpMinus) {
            for (int i = 0; i < node.getChildCount(); i++) {
                if (!isSumOfColumns(node.getChild(i))) {
                    return false;
                }
            }
            return true;
        }
        boolean oneLiteral = node.getChildCount() == 1 && node.getChild(0) instanceof StringLiteral;
        return node instanceof PropertyOrFieldReference
                || (node instanceof Indexer && oneLiteral)
                || (node instanceof MethodReference method && method.getName().equals("sumOf") && oneLiteral);
    }

    /** Map entries, the root's own methods and the terms' arithmetic; no types, constructors or beans. */
    private static EvaluationContext symbolicContext() {
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setPropertyAccessors(List.of(new MapAccessor()));
        context.setMethodResolvers(List.of(DataBindingMethodResolver.forInstanceMethodInvocation()));
        context.setConstructorResolvers(List.of());
        context.setTypeLocator(type -> {
            throw new SpelEvaluationException(SpelMessage.TYPE_NOT_FOUND, type);
        });
        context.setOperatorOverloader(new ColumnTermArithmetic());
        return context;
    }
}
