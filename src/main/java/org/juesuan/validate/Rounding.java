package org.juesuan.validate;

import java.math.BigDecimal;

import org.juesuan.layout.Unit;

/**
 * The one rounding policy, applied to every identity (row, hierarchy, cross-table): a figure printed in a unit
 * coarser than 元 was rounded on its own table, so an identity over such figures allows 0.01 of that unit per
 * summed non-zero term of its longer side, and at least 0.01 (two printed figures of one amount can differ by a
 * cent of their unit); in 元 an identity is exact. A difference inside the tolerance is a 尾差: recorded as a
 * WARNING under the rule's id + {@link #FINDING_SUFFIX}, never as an ERROR. The facts stay as printed.
 */
final class Rounding {

    /** The finding id of a 尾差 is the rule's id with this suffix (reserved: no rule id may end with it). */
    static final String FINDING_SUFFIX = "-ROUNDING";

    private static final BigDecimal CENT = new BigDecimal("0.01");

    enum Verdict {
        /** Exactly. */
        HOLDS,
        /** Not exactly, but inside the rounding tolerance: a 尾差. */
        ROUNDING,
        /** Outside the tolerance. */
        BREAKS
    }

    private Rounding() {
    }

    /** The coarser of two units (either may be null: nothing read yet). */
    static Unit coarser(Unit a, Unit b) {
        if (a == null) {
            return b;
        }
        return b == null || a.toYuan(BigDecimal.ONE).compareTo(b.toYuan(BigDecimal.ONE)) >= 0 ? a : b;
    }

    /** 0.01 of the unit per term (at least one), in 元; zero in 元 tables or when the rule says exact. */
    static BigDecimal tolerance(Tolerance tolerance, Unit unit, int nonZeroTerms) {
        if (tolerance == Tolerance.EXACT || unit == null || unit.toYuan(BigDecimal.ONE).compareTo(BigDecimal.ONE) <= 0) {
            return BigDecimal.ZERO;
        }
        return unit.toYuan(CENT).multiply(BigDecimal.valueOf(Math.max(1, nonZeroTerms)));
    }

    /** @param shortfall how far the identity misses, ≥ 0 ({@link Op#shortfall}) */
    static Verdict verdict(BigDecimal shortfall, BigDecimal tolerance) {
        if (shortfall.signum() == 0) {
            return Verdict.HOLDS;
        }
        return shortfall.compareTo(tolerance) <= 0 ? Verdict.ROUNDING : Verdict.BREAKS;
    }
}
