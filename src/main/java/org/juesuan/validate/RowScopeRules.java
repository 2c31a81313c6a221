package org.juesuan.validate;

import java.util.List;
import java.util.Optional;

import org.juesuan.mapping.KeyedRow;
import org.juesuan.mapping.MappedTable;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.springframework.expression.EvaluationContext;

/**
 * Row-scope rules ({@code scope: row}): one identity between a table's columns, checked on each of its
 * rows. A rule whose sides are sums and differences of columns is reduced to a {@link LinearRowRule} once
 * per table; any other is evaluated by SpEL on each row.
 */
final class RowScopeRules {

    private final SpelComparison spel;

    RowScopeRules(SpelComparison spel) {
        this.spel = spel;
    }

    RuleCounts check(Rule rule, MappedTable table, List<Finding> findings) {
        if (table == null) {
            return SpelComparison.NOT_APPLICABLE;
        }
        if (table.rows().isEmpty()) {
            return RuleCounts.NONE; // nothing to evaluate, not even the expressions
        }
        Optional<LinearRowRule> linear = linearForm(rule, table);
        return linear.isPresent() ? linear.get().check(findings) : checkEachRowBySpel(rule, table, findings);
    }

    Optional<LinearRowRule> linearForm(Rule rule, MappedTable table) {
        return LinearRowRule.of(rule, table, spel::parse);
    }

    /** SpEL on each row, with one evaluation context for the whole table. */
    RuleCounts checkEachRowBySpel(Rule rule, MappedTable table, List<Finding> findings) {
        EvaluationContext context = SpelComparison.context();
        RuleCounts counts = RuleCounts.NONE;
        for (KeyedRow row : table.rows()) {
            Evaluation evaluation = new Evaluation();
            counts = counts.plus(spel.compare(rule, rule.left(), rule.right(), evaluation, context,
                    new SubmissionView.RowView(table.code(), table, row, evaluation),
                    Comparison.rowLabel(row), findings));
            if (counts.notApplicable() > 0) {
                return SpelComparison.NOT_APPLICABLE; // a column the rule needs is not printed in this table
            }
        }
        return counts;
    }
}
