package org.juesuan.validate;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.juesuan.model.CellRef;
import org.juesuan.model.Finding;
import org.juesuan.model.TableCode;

/**
 * The verdict on one comparison of a compare rule, however its sides were evaluated: whether
 * {@code left op right} holds within the tolerance, and the finding when it does not.
 */
final class Comparison {

    private Comparison() {
    }

    static boolean holds(Rule rule, BigDecimal left, BigDecimal right, BigDecimal tolerance) {
        BigDecimal difference = left.subtract(right);
        return switch (rule.op()) {
            case "==" -> difference.abs().compareTo(tolerance) <= 0;
            case "<=" -> difference.compareTo(tolerance) <= 0;
            case ">=" -> difference.negate().compareTo(tolerance) <= 0;
            default -> throw new IllegalStateException("rule " + rule.id() + ": unknown op " + rule.op());
        };
    }

    /** The break, naming both sides, the difference and every cell read (each once, in reading order). */
    static Finding finding(Rule rule, TableCode table, String rowLabel, BigDecimal left, BigDecimal right,
                           BigDecimal tolerance, Collection<CellRef> cellsRead) {
        return new Finding(rule.id(), rule.severity(), table,
                (rowLabel == null ? "" : "[" + rowLabel + "] ") + rule.message() + "：左边 " + yuan(left) + " 元 "
                        + rule.op() + " 右边 " + yuan(right) + " 元 不成立，差 " + yuan(left.subtract(right)) + " 元"
                        + (tolerance.signum() > 0 ? "（容差 " + yuan(tolerance) + " 元）" : ""),
                right, left, List.copyOf(new LinkedHashSet<>(cellsRead)));
    }

    static String yuan(BigDecimal amount) {
        return new DecimalFormat("#,##0.00").format(amount);
    }
}
