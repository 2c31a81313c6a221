package org.juesuan.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Decimals as people read them. A division in SQL comes back with twenty-odd decimals ({@code /10000} gives
 * {@code 1521.9000000000000000000000}); a stored amount has its column's two. Never scientific notation.
 */
public final class Decimals {

    /** Decimals kept on screen and in a spreadsheet when the database returns more. */
    public static final int MAX_SHOWN = 4;

    private Decimals() {
    }

    /**
     * Exact: beyond {@value #MAX_SHOWN} decimals, trailing zeros dropped down to two; no digit changed (CSV, JSON).
     * {@code 1521.9000000000000000000000} → {@code 1521.90}; {@code 28999500.00} and {@code 0.5000} stay.
     */
    public static BigDecimal exact(BigDecimal value) {
        return value.scale() <= MAX_SHOWN ? value : atLeastTwo(value.stripTrailingZeros());
    }

    /** For the eye: at most {@value #MAX_SHOWN} decimals, rounded half-up ({@code 0.333333…} → {@code 0.3333}). */
    public static BigDecimal shown(BigDecimal value) {
        return value.scale() <= MAX_SHOWN ? value
                : atLeastTwo(value.setScale(MAX_SHOWN, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    private static BigDecimal atLeastTwo(BigDecimal value) {
        return value.scale() < 2 ? value.setScale(2) : value;
    }
}
