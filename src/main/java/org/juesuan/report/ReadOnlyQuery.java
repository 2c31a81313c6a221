package org.juesuan.report;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Runs an analyst's SQL read-only: the statement must be a single read (SELECT/WITH/SHOW/
 * DESCRIBE/EXPLAIN, no INTO OUTFILE, no locking read), and it runs on a read-only connection
 * inside a transaction that is rolled back, with a timeout and a row limit.
 */
@Component
public class ReadOnlyQuery {

    public record Result(List<String> columns, List<List<Object>> rows, boolean truncated) {
    }

    private static final Pattern READ_START = Pattern.compile("^(SELECT|WITH|SHOW|DESCRIBE|DESC|EXPLAIN)\\b");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(INTO\\s+(OUTFILE|DUMPFILE)|FOR\\s+UPDATE|LOCK\\s+IN\\s+SHARE\\s+MODE|FOR\\s+SHARE)\\b");

    private final DataSource dataSource;

    public ReadOnlyQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @throws IllegalArgumentException when the statement is not a single read */
    public static void check(String sql) {
        String code = withoutLiteralsAndComments(sql).strip();
        while (code.endsWith(";")) {
            code = code.substring(0, code.length() - 1).strip();
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (code.contains(";")) {
            throw new IllegalArgumentException("only one statement may be run");
        }
        if (!READ_START.matcher(upper).find()) {
            throw new IllegalArgumentException("only reads are allowed (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN)");
        }
        if (FORBIDDEN.matcher(upper).find()) {
            throw new IllegalArgumentException("INTO OUTFILE/DUMPFILE and locking reads are not allowed");
        }
    }

    public Result run(String sql, int maxRows, int timeoutSeconds) throws Exception {
        check(sql);
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(timeoutSeconds);
                statement.setMaxRows(maxRows + 1);
                try (ResultSet rs = statement.executeQuery(sql)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<String> columns = new ArrayList<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        columns.add(meta.getColumnLabel(c));
                    }
                    List<List<Object>> rows = new ArrayList<>();
                    boolean truncated = false;
                    while (rs.next()) {
                        if (rows.size() == maxRows) {
                            truncated = true;
                            break;
                        }
                        List<Object> row = new ArrayList<>();
                        for (int c = 1; c <= columns.size(); c++) {
                            row.add(rs.getObject(c));
                        }
                        rows.add(row);
                    }
                    return new Result(columns, rows, truncated);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** Blanks out string literals, quoted names and comments so keywords inside them do not count. */
    static String withoutLiteralsAndComments(String sql) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < sql.length()) {
                    char d = sql.charAt(end);
                    if (d == '\\') {
                        end += 2;
                    } else if (d == c && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                        end += 2; // doubled quote inside the literal
                    } else if (d == c) {
                        break;
                    } else {
                        end++;
                    }
                }
                out.append(" x ");
                i = end + 1;
            } else if (sql.startsWith("--", i) || c == '#') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                out.append(' ');
                i = end < 0 ? sql.length() : end + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
