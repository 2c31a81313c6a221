package org.juesuan.batch;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.juesuan.support.MariaDbTestDatabase;

/** One-line JDBC reads for tests that watch a warehouse written by other processes. */
final class Sql {

    private Sql() {
    }

    static long number(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    static List<String> strings(String url, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, MariaDbTestDatabase.USER, MariaDbTestDatabase.PASSWORD);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The child-process environment that points juesuan at a database. */
    static java.util.Map<String, String> env(String url) {
        return java.util.Map.of("JUESUAN_DB_URL", url, "JUESUAN_DB_USER", MariaDbTestDatabase.USER,
                "JUESUAN_DB_PASSWORD", MariaDbTestDatabase.PASSWORD);
    }
}
