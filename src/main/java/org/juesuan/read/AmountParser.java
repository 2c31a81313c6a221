package org.juesuan.read;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns an amount cell into a decimal. Blank and dash cells mean zero; thousands separators,
 * full-width digits and minus (PDF→Excel conversions), spaces around the figure and an accountant's
 * negative in brackets {@code (1,234.00)} are accepted; anything else is refused, never read as zero.
 */
public final class AmountParser {

    private static final Set<String> ZERO_MARKS = Set.of("", "-", "—", "－", "–", "--", "——", "-－");
    private static final Pattern DECIMAL = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private AmountParser() {
    }

    /** @throws NumberFormatException with a message saying what was found */
    public static BigDecimal parse(GridCell cell) {
        if (cell == null) {
            return BigDecimal.ZERO;
        }
        if (cell.numeric()) {
            return new BigDecimal(cell.text());
        }
        StringBuilder s = new StringBuilder();
        for (char c : cell.text().toCharArray()) {
            if (c >= '０' && c <= '９') {
                s.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                s.append('.');
            } else if (c == '－' || c == '−' || c == '﹣') {
                s.append('-');
            } else if (c == '（') {
                s.append('(');
            } else if (c == '）') {
                s.append(')');
            } else if (c == ',' || c == '，' || Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            } else {
                s.append(c);
            }
        }
        String text = s.toString();
        boolean bracketed = text.length() > 2 && text.startsWith("(") && text.endsWith(")");
        if (bracketed) {
            text = "-" + text.substring(1, text.length() - 1); // (1,234.00): a negative as accountants print it
        }
        if (ZERO_MARKS.contains(text)) {
            return BigDecimal.ZERO;
        }
        if (text.startsWith("=")) {
            throw new NumberFormatException("expected an amount, found the formula " + cell.text()
                    + " with no computed value (it was never calculated; open and save the workbook in Excel or WPS)");
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new NumberFormatException("expected an amount, found '" + cell.text() + "'");
        }
        return new BigDecimal(text);
    }
}
