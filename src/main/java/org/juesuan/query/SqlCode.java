package org.juesuan.query;

import java.util.Arrays;

import org.juesuan.model.Messages;

/**
 * The code of a SQL text as one dialect reads it: string literals and quoted names become a placeholder,
 * comments disappear. Keywords can then be looked for without being fooled by {@code 'DELETE'} in a
 * literal, and without missing what a dialect would run that another takes for a comment.
 *
 * @param text   the code
 * @param origin for each character of {@code text}, its index in the original SQL
 */
record SqlCode(String text, int[] origin) {

    /** A literal or quoted name: never a keyword, never a statement separator. */
    static final String PLACEHOLDER = " q ";

    /**
     * @throws RefusedStatementException for an executable comment ({@code /*!…*}{@code /}, {@code /*M!…*}{@code /}:
     *                                   MySQL runs its content), an optimizer hint, or an unclosed literal or comment
     */
    static SqlCode of(String sql, SqlDialect dialect) {
        StringBuilder code = new StringBuilder(sql.length());
        int[] origin = new int[sql.length() * 3 + 3];
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int start = i;
                i = endOfQuoted(sql, i, dialect);
                for (int k = 0; k < PLACEHOLDER.length(); k++) {
                    origin[code.length()] = start;
                    code.append(PLACEHOLDER.charAt(k));
                }
            } else if (dialect.startsLineComment(sql, i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                if (sql.startsWith("/*!", i) || sql.startsWith("/*M!", i) || sql.startsWith("/*+", i)) {
                    throw new RefusedStatementException(Messages.text("query.refused.executable-comment"));
                }
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    throw new RefusedStatementException(Messages.text("query.refused.open-comment"));
                }
                origin[code.length()] = i;
                code.append(' ');
                i = end + 2;
            } else {
                origin[code.length()] = i;
                code.append(c);
                i++;
            }
        }
        return new SqlCode(code.toString(), Arrays.copyOf(origin, code.length()));
    }

    /**
     * The original SQL up to its last piece of code that is not a trailing {@code ;}: the statement without its
     * terminating semicolon(s) and whatever comments follow.
     */
    String withoutTrailingSemicolons(String sql) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ';')) {
            end--;
        }
        if (end == 0) {
            return "";
        }
        int at = origin[end - 1];
        char original = sql.charAt(at);
        // Quotes never reach the code; a code character whose origin is a quote is a literal's placeholder.
        boolean literal = original == '\'' || original == '"' || original == '`';
        int originalEnd = literal ? closingQuoteEnd(sql, at) : at + 1;
        return sql.substring(0, originalEnd).strip();
    }

    /** End (exclusive) of the quoted literal or name opening at {@code start}, read with MySQL or H2 rules alike. */
    private static int closingQuoteEnd(String sql, int start) {
        int mysql = endOfQuoted(sql, start, SqlDialect.MYSQL);
        int standard = endOfQuoted(sql, start, SqlDialect.STANDARD);
        return Math.max(mysql, standard);
    }

    /** Index just past the closing quote of the literal or name opening at {@code start}. */
    private static int endOfQuoted(String sql, int start, SqlDialect dialect) {
        char quote = sql.charAt(start);
        boolean escapes = dialect.backslashEscapes && quote != '`';
        int i = start + 1;
        while (i < sql.length()) {
            char d = sql.charAt(i);
            if (escapes && d == '\\') {
                i += 2;
            } else if (d == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                i += 2;
            } else if (d == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new RefusedStatementException(Messages.text(quote == '\'' ? "query.refused.open-string"
                : "query.refused.open-name"));
    }
}
