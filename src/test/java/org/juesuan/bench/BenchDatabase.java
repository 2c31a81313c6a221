package org.juesuan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A throw-away warehouse for one measurement: a fresh MariaDB/MySQL database on the local server (named
 * {@code juesuan_bench_…}, dropped afterwards) or an H2 file database in MySQL mode in a temporary folder, as the
 * embedded default uses.
 */
final class BenchDatabase implements AutoCloseable {

    static final String HOST = env("JUESUAN_BENCH_DB_HOST", "127.0.0.1:3306");
    static final String USER = env("JUESUAN_BENCH_DB_USER", "root");
    static final String PASSWORD = env("JUESUAN_BENCH_DB_PASSWORD", "");
    /** What a MySQL warehouse should be opened with: batched inserts rewritten into multi-row statements. */
    static final String MYSQL_OPTIONS = "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true";

    enum Kind { MARIADB, H2 }

    private final Kind kind;
    private final String name;
    private final Path h2Folder;
    private boolean keep;

    private BenchDatabase(Kind kind, String name, Path h2Folder) {
        this.kind = kind;
        this.name = name;
        this.h2Folder = h2Folder;
    }

    static BenchDatabase create(Kind kind, String suffix) throws IOException {
        String name = "juesuan_bench_" + ProcessHandle.current().pid() + "_" + suffix;
        if (kind == Kind.MARIADB) {
            execute("DROP DATABASE IF EXISTS " + name);
            execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            BenchDatabase db = new BenchDatabase(kind, name, null);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (!db.keep) {
                    dropQuietly(name);
                }
            }));
            return db;
        }
        return new BenchDatabase(kind, name, Files.createTempDirectory("juesuan-bench-h2-"));
    }

    String name() {
        return name;
    }

    String url() {
        return kind == Kind.MARIADB ? "jdbc:mysql://" + HOST + "/" + name + MYSQL_OPTIONS
                : "jdbc:h2:file:" + h2Folder.resolve("juesuan")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    }

    String user() {
        return kind == Kind.MARIADB ? USER : "sa";
    }

    String password() {
        return kind == Kind.MARIADB ? PASSWORD : "";
    }

    /** Leave the database in place when closed (the caller drops it later with {@link #drop(String)}). */
    void keep() {
        this.keep = true;
    }

    @Override
    public void close() throws IOException {
        if (kind == Kind.MARIADB) {
            if (!keep) {
                dropQuietly(name);
            }
        } else {
            try (Stream<Path> files = Files.walk(h2Folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + name);
    }

    static Connection connect(String database, String options) throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + database + options, USER, PASSWORD);
    }

    private static void dropQuietly(String name) {
        try {
            drop(name);
        } catch (RuntimeException e) {
            System.err.println("could not drop " + name + ": " + e.getMessage());
        }
    }

    static void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + MYSQL_OPTIONS, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL at " + HOST + " (user " + USER + ") must be running: "
                    + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
