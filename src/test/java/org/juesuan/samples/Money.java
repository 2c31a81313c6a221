package org.juesuan.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** Amounts in 万元 with two decimals; BigDecimal only, so sums are exact to the cent. */
final class Money {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    static BigDecimal of(String text) {
        return scale(new BigDecimal(text));
    }

    static BigDecimal ofCents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static long cents(BigDecimal amount) {
        return scale(amount).unscaledValue().longValueExact();
    }

    /** Scale 2; amounts coming in with more decimals are a programming error, not something to round away. */
    static BigDecimal scale(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * Scale 2, or scale 4 for an amount of whole 元 that 万元 cannot show in two decimals (the variant whose cells
     * hold {@code =元/10000}); anything finer is a programming error.
     */
    static BigDecimal exact(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= 2 ? scale(amount) : amount.setScale(4, RoundingMode.UNNECESSARY);
    }

    static BigDecimal sum(Collection<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return exact(total);
    }
}
