package org.juesuan.query;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.juesuan.model.Messages;

/**
 * One analyst statement that has passed the read-only check: a single SELECT, WITH … SELECT, SHOW,
 * DESCRIBE or EXPLAIN, with no write hidden inside (WITH … DELETE, EXPLAIN ANALYZE UPDATE, H2's
 * FINAL TABLE (INSERT …)), no file access (INTO OUTFILE/DUMPFILE, LOAD_FILE, H2's CSVWRITE/FILE_WRITE),
 * no locking read (FOR UPDATE, FOR SHARE, LOCK IN SHARE MODE). The text is read under the MySQL and the
 * H2 rules for literals and comments, and refused if either reading finds something; when in doubt,
 * it refuses. This check is the first guard: the statement then runs on a read-only connection in a
 * transaction that is rolled back ({@link ReadOnlyQuery}).
 */
public final class ReadOnlyStatement {

    private static final Pattern READ_START = Pattern.compile("^\\(*\\s*(SELECT|WITH|SHOW|DESCRIBE|DESC|EXPLAIN)\\b");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\(*\\s*([A-Z_]+)");
    private static final Pattern SHOW_CREATE = Pattern.compile("^SHOW\\s+CREATE\\b");
    private static final Pattern INTO_FILE = Pattern.compile("\\bINTO\\s+(OUTFILE|DUMPFILE)\\b");
    private static final Pattern LOCKING_READ = Pattern.compile(
            "\\bFOR\\s+(UPDATE|SHARE)\\b|\\bLOCK\\s+IN\\s+SHARE\\s+MODE\\b");
    private static final Pattern WRITE = Pattern.compile(
            "\\b(UPDATE|DELETE|MERGE|UPSERT|DROP|CREATE|ALTER|RENAME|GRANT|REVOKE|CALL|HANDLER)\\b"
                    // INSERT(), REPLACE() and TRUNCATE() are also string/number functions.
                    + "|\\b(INSERT|REPLACE|TRUNCATE)\\b(?!\\s*\\()");
    private static final Pattern FILE_ACCESS = Pattern.compile(
            "\\b(LOAD_FILE|CSVWRITE|CSVREAD|FILE_WRITE|FILE_READ|LINK_SCHEMA)\\b");

    private final String sql;

    private ReadOnlyStatement(String sql) {
        this.sql = sql;
    }

    /**
     * @param text one statement, optionally ending in {@code ;} and comments (a file of {@code sql/queries/})
     * @throws RefusedStatementException when it is not a single read
     */
    public static ReadOnlyStatement of(String text) {
        if (text == null || text.isBlank()) {
            throw new RefusedStatementException(Messages.text("query.refused.empty"));
        }
        for (SqlDialect dialect : List.of(SqlDialect.MYSQL, SqlDialect.STANDARD)) {
            check(SqlCode.of(text, dialect).text());
        }
        // Both readings found one statement and nothing after it but ';': cut those off (JDBC wants none).
        return new ReadOnlyStatement(SqlCode.of(text, SqlDialect.MYSQL).withoutTrailingSemicolons(text));
    }

    /** The statement to send: the text without its trailing semicolon(s). */
    public String sql() {
        return sql;
    }

    private static void check(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        while (upper.endsWith(";")) {
            upper = upper.substring(0, upper.length() - 1).strip();
        }
        if (upper.isEmpty()) {
            throw new RefusedStatementException(Messages.text("query.refused.empty"));
        }
        if (upper.contains(";")) {
            throw new RefusedStatementException(Messages.text("query.refused.several"));
        }
        if (!READ_START.matcher(upper).find()) {
            Matcher first = FIRST_WORD.matcher(upper);
            throw new RefusedStatementException(Messages.text("query.refused.not-read",
                    first.find() ? Messages.text("query.refused.not-read.word", first.group(1)) : ""));
        }
        if (INTO_FILE.matcher(upper).find()) {
            throw new RefusedStatementException(Messages.text("query.refused.into-file"));
        }
        Matcher locking = LOCKING_READ.matcher(upper);
        if (locking.find()) {
            throw new RefusedStatementException(Messages.text("query.refused.locking",
                    locking.group().replaceAll("\\s+", " ")));
        }
        String scanned = SHOW_CREATE.matcher(upper).replaceFirst("SHOW");
        Matcher write = WRITE.matcher(scanned);
        if (write.find()) {
            throw new RefusedStatementException(Messages.text("query.refused.writes", write.group().strip()));
        }
        Matcher file = FILE_ACCESS.matcher(upper);
        if (file.find()) {
            throw new RefusedStatementException(Messages.text("query.refused.file", file.group()));
        }
    }
}
