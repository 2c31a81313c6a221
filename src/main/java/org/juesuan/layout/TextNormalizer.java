package org.juesuan.layout;

import java.util.regex.Pattern;

/**
 * Makes printed labels comparable: PDF conversions letter-space names, converters swap
 * full- and half-width forms, and quotes around 三公 come in four styles.
 */
public final class TextNormalizer {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0]+");
    private static final Pattern QUOTES = Pattern.compile("[\"“”‘’'「」『』]");
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）][、.．]?|[0-9]+[、.．])");

    private TextNormalizer() {
    }

    /** No spaces, no quotes, full-width brackets and colons, ASCII digits. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = SPACES.matcher(text).replaceAll("");
        s = QUOTES.matcher(s).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '(') {
                out.append('（');
            } else if (c == ')') {
                out.append('）');
            } else if (c == ':') {
                out.append('：');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A line label without its list ordinal: "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入". */
    public static String label(String text) {
        return ORDINAL.matcher(normalize(text)).replaceFirst("");
    }
}
