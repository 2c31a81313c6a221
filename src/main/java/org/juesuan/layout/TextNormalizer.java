package org.juesuan.layout;

import java.util.regex.Pattern;

/**
 * Makes printed labels comparable: PDF conversions letter-space names, converters swap
 * full- and half-width forms, and quotes around 三公 come in four styles.
 */
public final class TextNormalizer {

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）][、.．]?|[0-9]+[、.．])");

    private TextNormalizer() {
    }

    /** No spaces, no quotes, full-width brackets and colons, ASCII digits. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // One pass without regular expressions: this runs on every cell of every body row.
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = map(c);
            if (mapped != c && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && mapped != DROP) {
                out.append(mapped);
            }
        }
        return out == null ? text : out.toString();
    }

    private static final char DROP = '\uFFFF';

    private static char map(char c) {
        if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
            return DROP;
        }
        return switch (c) {
            case '"', '“', '”', '‘', '’', '\'', '「', '」', '『', '』' -> DROP;
            case '(' -> '（';
            case ')' -> '）';
            case ':' -> '：';
            default -> c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
        };
    }

    /** A line label without its list ordinal: "一、一般公共预算财政拨款收入" → "一般公共预算财政拨款收入". */
    public static String label(String text) {
        return ORDINAL.matcher(normalize(text)).replaceFirst("");
    }
}
