package org.juesuan.validate;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.juesuan.layout.Unit;
import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.RuleCounts;
import org.juesuan.model.Severity;
import org.juesuan.model.TableCode;

/**
 * The verdict on one comparison of a compare rule, however its sides were read: it holds, it holds within the
 * rounding tolerance (a 尾差 WARNING), or it breaks (a finding of the rule's severity). Each names both sides, the
 * difference and every cell read, each once, in reading order.
 */
final class IdentityCheck {

    static final RuleCounts PASSED = new RuleCounts(1, 0, 0);
    static final RuleCounts FAILED = new RuleCounts(0, 1, 0);
    static final RuleCounts NOT_APPLICABLE = new RuleCounts(0, 0, 1);

    /** A side's value in 元, and how many of its terms were not zero (the terms of the rounding tolerance). */
    record Sum(BigDecimal value, int nonZeroTerms) {
    }

    private IdentityCheck() {
    }

    /**
     * @param unit     the coarsest unit of the figures read (the tolerance's unit)
     * @param rowLabel the row checked ({@code 「2010101 行政运行」行}, {@code 合计行}), or null
     * @param cells    the cells read, asked for only when there is a finding
     */
    static RuleCounts judge(Rule.Compare rule, TableCode table, String rowLabel, Sum left, Sum right, Unit unit,
                            Supplier<? extends Collection<CellRef>> cells, Consumer<Finding> findings) {
        BigDecimal tolerance = Rounding.tolerance(rule.tolerance(), unit,
                Math.max(left.nonZeroTerms(), right.nonZeroTerms()));
        BigDecimal difference = left.value().subtract(right.value());
        switch (Rounding.verdict(rule.op().shortfall(difference), tolerance)) {
            case HOLDS:
                return PASSED;
            case ROUNDING:
                findings.accept(new Finding(rule.id() + Rounding.FINDING_SUFFIX, roundingSeverity(rule.severity()), table,
                        AuditMessages.identityRounding(table, rowLabel, rule.message(), left.value(), right.value(),
                                tolerance, unit),
                        right.value(), left.value(), List.copyOf(new LinkedHashSet<>(cells.get()))));
                return PASSED;
            default:
                findings.accept(new Finding(rule.id(), rule.severity(), table,
                        AuditMessages.identityBreak(table, rowLabel, rule.message(), left.value(), right.value(),
                                tolerance, unit),
                        right.value(), left.value(), List.copyOf(new LinkedHashSet<>(cells.get()))));
                return FAILED;
        }
    }

    /** A 尾差 is a WARNING, or INFO under a rule that is only INFO: never more than its rule. */
    static Severity roundingSeverity(Severity ruleSeverity) {
        return ruleSeverity == Severity.INFO ? Severity.INFO : Severity.WARNING;
    }
}
