package org.juesuan.validate;

import java.math.BigDecimal;

/** How a compare rule relates its two sides ({@code op:} in the rule file). */
enum Op {
    EQUAL("=="), AT_MOST("<="), AT_LEAST(">=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    /** As written in the rule file and in findings. */
    String symbol() {
        return symbol;
    }

    /** By how much {@code left − right} misses what the op asks: zero when it holds exactly. */
    BigDecimal shortfall(BigDecimal difference) {
        return switch (this) {
            case EQUAL -> difference.abs();
            case AT_MOST -> difference.max(BigDecimal.ZERO);
            case AT_LEAST -> difference.negate().max(BigDecimal.ZERO);
        };
    }
}
