package org.juesuan.read;

import java.math.BigDecimal;
import java.math.MathContext;

/** Turns the numbers spreadsheets store (binary doubles) into exact decimals. */
final class Numbers {

    /** Excel shows and keeps 15 significant digits; beyond them a stored double is binary noise. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private Numbers() {
    }

    static String plain(String storedValue) {
        return new BigDecimal(storedValue.strip()).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    static String plain(double value) {
        return plain(Double.toString(value));
    }
}
