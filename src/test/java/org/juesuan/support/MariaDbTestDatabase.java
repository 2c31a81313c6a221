package org.juesuan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh MariaDB/MySQL database for this test run on the real server (127.0.0.1:3306, root,
 * empty password unless JUESUAN_TEST_DB_* say otherwise), dropped when the JVM exits.
 * No fallback: if the server does not answer, the tests fail and say so.
 */
public final class MariaDbTestDatabase {

    private static final String HOST = env("JUESUAN_TEST_DB_HOST", "127.0.0.1:3306");
    public static final String USER = env("JUESUAN_TEST_DB_USER", "root");
    public static final String PASSWORD = env("JUESUAN_TEST_DB_PASSWORD", "");
    private static final String OPTIONS = "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true";

    private static String database;

    private MariaDbTestDatabase() {
    }

    /** JDBC URL of this run's database, created on first use. */
    public static synchronized String url() {
        if (database == null) {
            database = "juesuan_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
            execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String created = database;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + created)));
        }
        return "jdbc:mysql://" + HOST + "/" + database + OPTIONS;
    }

    /** Another fresh database (for tests that need an empty warehouse of their own). */
    public static String freshUrl(String suffix) {
        String name = "juesuan_test_" + ProcessHandle.current().pid() + "_" + suffix;
        execute("DROP DATABASE IF EXISTS " + name);
        execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name)));
        return "jdbc:mysql://" + HOST + "/" + name + OPTIONS;
    }

    /** Points a Spring test context at this run's database. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbTestDatabase::url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    /** Points a Spring test context at an empty database of its own. */
    public static void registerFresh(DynamicPropertyRegistry registry, String suffix) {
        registerFresh(registry, suffix, "");
    }

    /** Same, with more Connector/J options ({@code &name=value…}) on the URL. */
    public static void registerFresh(DynamicPropertyRegistry registry, String suffix, String moreOptions) {
        register(registry, freshUrl(suffix) + moreOptions);
    }

    /** Points a Spring test context at a database the test also reaches by its URL (a fresh one: {@link #freshUrl}). */
    public static void register(DynamicPropertyRegistry registry, String url) {
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:mysql://" + HOST + "/" + OPTIONS, USER, PASSWORD);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB at " + HOST + " must be running for the warehouse tests "
                    + "(.ci/run starts it): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
