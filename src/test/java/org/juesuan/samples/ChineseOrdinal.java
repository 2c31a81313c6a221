package org.juesuan.samples;

/** 一, 二, … 九十九: the ordinals in front of the T01/T04 class lines. */
final class ChineseOrdinal {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseOrdinal() {
    }

    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("ordinal out of range: " + n);
        }
        int tens = n / 10;
        int units = n % 10;
        StringBuilder s = new StringBuilder();
        if (tens > 1) {
            s.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            s.append('十');
        }
        if (units > 0) {
            s.append(DIGITS.charAt(units));
        }
        return s.toString();
    }
}
