package org.juesuan.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Runs an analyst's SQL read-only, two guards deep: the statement must pass {@link ReadOnlyStatement} (a single
 * read), and it runs on a connection set read-only inside a transaction that is always rolled back. On MySQL and
 * MariaDB that is a {@code START TRANSACTION READ ONLY} the server enforces, so even a write the check cannot see
 * (a stored function that deletes) fails there; on the embedded H2 read-only is only a hint, and the check, JDBC's
 * executeQuery (which runs no DML) and the rollback are the guards. With a timeout and a row limit.
 */
@Component
public class ReadOnlyQuery {

    /** @param truncated whether rows beyond {@code maxRows} were left out */
    public record Result(List<String> columns, List<List<Object>> rows, boolean truncated) {
    }

    private final DataSource dataSource;

    public ReadOnlyQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @return the statement to send (without trailing semicolons)
     * @throws RefusedStatementException when the statement is not a single read
     */
    public static String check(String sql) {
        return ReadOnlyStatement.of(sql).sql();
    }

    /**
     * @param maxRows        at most this many rows are returned (≥ 1)
     * @param timeoutSeconds the statement is cancelled after this many seconds (≥ 1)
     * @throws RefusedStatementException when the statement is not a single read
     * @throws java.sql.SQLTimeoutException when it ran out of time
     */
    public Result run(String sql, int maxRows, int timeoutSeconds) throws SQLException {
        return run(sql, Map.of(), maxRows, timeoutSeconds);
    }

    /**
     * @param parameters values of the statement's named parameters ({@code :year}); one not given is NULL, which
     *                   the catalogued queries read as "no restriction" ({@code COALESCE(:year, fiscal_year)})
     * @throws IllegalArgumentException when a parameter is given that the statement does not use
     */
    public Result run(String sql, Map<String, String> parameters, int maxRows, int timeoutSeconds) throws SQLException {
        if (maxRows < 1 || timeoutSeconds < 1) {
            throw new IllegalArgumentException("maxRows and timeoutSeconds must be at least 1");
        }
        NamedParameters named = NamedParameters.of(check(sql));
        for (String name : parameters.keySet()) {
            if (!named.names().contains(name)) {
                throw new IllegalArgumentException("参数 " + name + " 不在这条语句里"
                        + (named.names().isEmpty() ? "（它没有参数）" : "（它的参数：:" + String.join("、:", named.names()) + "）"));
            }
        }
        return execute(named, parameters, maxRows, timeoutSeconds);
    }

    private Result execute(NamedParameters named, Map<String, String> parameters, int maxRows, int timeoutSeconds)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            if (!isH2(connection)) {
                try (Statement statement = connection.createStatement()) {
                    // Said explicitly: mysql-connector-j takes MariaDB's "5.5.5-10.x" handshake for MySQL 5.5 and
                    // then does not pass setReadOnly on to the server.
                    statement.execute("START TRANSACTION READ ONLY");
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(named.sql())) {
                for (int i = 0; i < named.order().size(); i++) {
                    bind(statement, i + 1, parameters.get(named.order().get(i)));
                }
                statement.setQueryTimeout(timeoutSeconds);
                statement.setMaxRows(maxRows + 1);
                try (ResultSet rs = statement.executeQuery()) {
                    return read(rs, maxRows);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    /** A whole number is bound as one (so {@code fiscal_year = :year} compares numbers), anything else as text. */
    private static void bind(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.VARCHAR);
        } else if (value.matches("-?\\d{1,18}")) {
            statement.setLong(index, Long.parseLong(value));
        } else {
            statement.setString(index, value);
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    private static Result read(ResultSet rs, int maxRows) throws SQLException {
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
            List<Object> row = new ArrayList<>(columns.size());
            for (int c = 1; c <= columns.size(); c++) {
                row.add(rs.getObject(c));
            }
            rows.add(row);
        }
        return new Result(columns, rows, truncated);
    }
}
