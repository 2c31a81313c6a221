package org.juesuan.validate;

import java.util.ArrayList;
import java.util.List;

import org.juesuan.model.TableCode;

/**
 * Parses a rule side, once, when the rule book loads. The surface syntax is the SpEL-like one the rule file has
 * always used; the only form accepted is a sum or difference of reads, brackets allowed:
 * <pre>
 *   side := ['+'|'-'] part (('+'|'-') part)*        part := read | '(' side ')'
 *   read := column | ['column'] | sumOf('prefix')                         (scope: row)
 *         | Tnn['ROW']['column'] | Tnn.sumOfClasses('column')             (scope: submission)
 * </pre>
 * Anything else (a number, {@code *}, another function …) is refused with the part and its position.
 */
final class SideParser {

    /** A side outside the supported form; {@code part} is what was found, {@code position} 1-based. */
    static final class Unsupported extends Exception {
        final String part;
        final int position;
        final String expected;

        Unsupported(String part, int position, String expected) {
            super(part + " @" + position + ": " + expected);
            this.part = part;
            this.position = position;
            this.expected = expected;
        }
    }

    private final String text;
    private int pos;

    private SideParser(String text) {
        this.text = text;
    }

    static Side parse(String text) throws Unsupported {
        SideParser parser = new SideParser(text);
        List<Side.Term> terms = parser.sum();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw parser.unsupported(AuditMessages.EXPECTED_PLUS_OR_MINUS);
        }
        return new Side(text, terms);
    }

    private List<Side.Term> sum() throws Unsupported {
        List<Side.Term> terms = signedPart();
        while (at('+') || at('-')) {
            boolean minus = text.charAt(pos++) == '-';
            List<Side.Term> next = signedPart();
            terms.addAll(minus ? next.stream().map(Side.Term::negated).toList() : next);
        }
        return terms;
    }

    private List<Side.Term> signedPart() throws Unsupported {
        boolean minus = false;
        if (at('+') || at('-')) {
            minus = text.charAt(pos++) == '-';
        }
        List<Side.Term> part = part();
        return minus ? new ArrayList<>(part.stream().map(Side.Term::negated).toList()) : part;
    }

    private List<Side.Term> part() throws Unsupported {
        if (at('(')) {
            pos++;
            List<Side.Term> inner = sum();
            expect(')');
            return inner;
        }
        int start = pos;
        Read read = read();
        List<Side.Term> one = new ArrayList<>();
        one.add(new Side.Term(read, false, text.substring(start, pos).strip()));
        return one;
    }

    private Read read() throws Unsupported {
        if (at('[')) {
            pos++;
            String column = quoted();
            expect(']');
            return new Read.Column(column);
        }
        skipSpaces();
        int start = pos;
        String name = identifier();
        if (name.isEmpty()) {
            throw unsupported(AuditMessages.EXPECTED_READ);
        }
        if (name.matches("T\\d\\d")) {
            TableCode table = tableCode(name, start);
            if (at('[')) {
                pos++;
                String row = quoted();
                expect(']');
                expect('[');
                String column = quoted();
                expect(']');
                return new Read.Cell(table, row, column);
            }
            expect('.');
            skipSpaces();
            int method = pos;
            if (!identifier().equals("sumOfClasses")) {
                pos = method;
                throw unsupported(AuditMessages.EXPECTED_TABLE_READ);
            }
            return new Read.ClassSum(table, argument());
        }
        if (name.equals("sumOf")) {
            return new Read.ColumnsStartingWith(argument());
        }
        if (at('(') || at('.') || at('[')) {
            pos = start;
            throw unsupported(AuditMessages.EXPECTED_READ);
        }
        return new Read.Column(name);
    }

    private TableCode tableCode(String name, int start) throws Unsupported {
        try {
            return TableCode.valueOf(name);
        } catch (IllegalArgumentException e) {
            pos = start;
            throw unsupported(AuditMessages.NO_SUCH_TABLE);
        }
    }

    /** {@code ('…')} */
    private String argument() throws Unsupported {
        expect('(');
        String value = quoted();
        expect(')');
        return value;
    }

    private String quoted() throws Unsupported {
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != '\'') {
            throw unsupported(AuditMessages.EXPECTED_QUOTED_KEY);
        }
        int end = text.indexOf('\'', pos + 1);
        if (end < 0 || end == pos + 1) {
            throw unsupported(AuditMessages.EXPECTED_QUOTED_KEY);
        }
        String value = text.substring(pos + 1, end);
        pos = end + 1;
        return value;
    }

    private String identifier() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')
                && text.charAt(pos) < 128) {
            pos++;
        }
        if (start < pos && Character.isDigit(text.charAt(start))) {
            pos = start; // a number is no read
            return "";
        }
        return text.substring(start, pos);
    }

    private void expect(char c) throws Unsupported {
        if (!at(c)) {
            throw unsupported("'" + c + "'");
        }
        pos++;
    }

    /** Skips spaces, then whether the next character is c. */
    private boolean at(char c) {
        skipSpaces();
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** Refuses the token at the current position: a word or number whole, anything else one character. */
    private Unsupported unsupported(String expected) {
        skipSpaces();
        if (pos >= text.length()) {
            return new Unsupported(AuditMessages.END_OF_SIDE, pos + 1, expected);
        }
        int end = pos;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "_.".indexOf(text.charAt(end)) >= 0)) {
            end++;
        }
        return new Unsupported(text.substring(pos, Math.max(end, pos + 1)), pos + 1, expected);
    }
}
