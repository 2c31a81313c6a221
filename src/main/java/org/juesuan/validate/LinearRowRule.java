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
import org.springframework.expression.Expression;

/**
 * A row-scope rule whose two sides are sums and differences of the row's columns, as all of 2023's are
 * ({@code total == basic + project}), reduced once per table to {@link Terms} of columns by evaluating its
 * expressions over a {@link SymbolicRow} ({@link SymbolicEvaluation}). Each row is then checked in plain
 * BigDecimal arithmetic — interpreting SpEL on every row was the larger part of the audit's cost — with
 * exactly what the row-by-row evaluation gives: each side in 元, 0.01 of the table's unit per non-zero term
 * of the longer side as tolerance, the same message, values and cells.
 */
final class LinearRowRule {

    private final Rule rule;
    private final MappedTable table;
    private final Terms<String> left;
    private final Terms<String> right;
    private final String unprintedColumn;
    private final BigDecimal roundingPerTerm;

    private LinearRowRule(Rule rule, MappedTable table, Terms<String> left, Terms<String> right, String unprintedColumn) {
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
        Terms<String> left = columns(parse.apply(rule.left()), root);
        Terms<String> right = left == null ? null : columns(parse.apply(rule.right()), root);
        return right == null ? Optional.empty()
                : Optional.of(new LinearRowRule(rule, table, left, right, root.unprintedColumn()));
    }

    Terms<String> left() {
        return left;
    }

    Terms<String> right() {
        return right;
    }

    /** Checks every row; the table has rows ({@link RowScopeRules} does not reduce a rule over an empty one). */
    RuleCounts check(List<Finding> findings) {
        if (unprintedColumn != null) {
            return SpelComparison.NOT_APPLICABLE; // row by row, the first row would find the column missing
        }
        int passed = 0;
        int failed = 0;
        for (KeyedRow row : table.rows()) {
            Map<String, Amount> amounts = row.amounts();
            Terms.Sum l = left.sum(column -> yuan(amounts.get(column)));
            Terms.Sum r = right.sum(column -> yuan(amounts.get(column)));
            BigDecimal tolerance = rule.exact() ? BigDecimal.ZERO
                    : Evaluation.roundingTolerance(Math.max(l.nonZeroTerms(), r.nonZeroTerms()), roundingPerTerm);
            if (Comparison.holds(rule, l.value(), r.value(), tolerance)) {
                passed++;
                continue;
            }
            failed++;
            List<CellRef> cells = new ArrayList<>();
            cellsRead(left, amounts, cells);
            cellsRead(right, amounts, cells);
            findings.add(Comparison.finding(rule, table.code(), table.source().detected().unit(), Comparison.rowLabel(row),
                    l.value(), r.value(),
                    tolerance, cells));
        }
        return new RuleCounts(passed, failed, 0);
    }

    @SuppressWarnings("unchecked")
    private static Terms<String> columns(Expression expression, SymbolicRow root) {
        return (Terms<String>) SymbolicEvaluation.terms(expression, root);
    }

    /** A column the row lacks reads as zero. */
    private static BigDecimal yuan(Amount amount) {
        return amount == null ? BigDecimal.ZERO : amount.yuan();
    }

    /** The cells of the figures a side reads on one row, in reading order (a figure without a cell adds none). */
    private static void cellsRead(Terms<String> side, Map<String, Amount> amounts, List<CellRef> into) {
        for (Terms.Term<String> term : side.terms()) {
            Amount amount = amounts.get(term.read());
            if (amount != null && amount.cell() != null) {
                into.add(amount.cell());
            }
        }
    }
}
