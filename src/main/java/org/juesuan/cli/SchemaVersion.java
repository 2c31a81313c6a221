package org.juesuan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Whether the warehouse schema is at the version this build migrates to, asked cheaply — one query on Flyway's
 * history table and a look at the migrations' names — so that the reading commands do not start Flyway (and its
 * validation of every migration) on each call. Only an absent or older schema needs the full start that migrates.
 */
final class SchemaVersion {

    /** Flyway's names: V2__Load_classification_catalogs.class, V1_1__x.sql → 2, 1.1 */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.(?:sql|class)");

    private static final String HISTORY = "flyway_schema_history";

    private static final Comparator<List<Integer>> ORDER = (a, b) -> {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            int c = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private SchemaVersion() {
    }

    /**
     * @return whether every migration of this build is applied
     * @throws SQLException when the database cannot be reached
     */
    static boolean isCurrent(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return isCurrent(connection);
        }
    }

    /** @see #isCurrent(DataSource) */
    static boolean isCurrent(Connection connection) throws SQLException {
        Optional<List<Integer>> expected = expected();
        Optional<List<Integer>> applied = applied(connection);
        return applied.isPresent() && expected.isPresent() && ORDER.compare(applied.get(), expected.get()) >= 0;
    }

    /** Whether Spring Batch's tables are there (its start creates them; the import needs them). */
    static boolean hasBatchTables(Connection connection) throws SQLException {
        for (String table : List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS",
                "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION_CONTEXT")) {
            if (!tableExists(connection, table) && !tableExists(connection, table.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, name, null)) {
            return tables.next();
        }
    }

    /** The highest version Flyway recorded as successful; empty when there is no history table yet. */
    private static Optional<List<Integer>> applied(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, HISTORY, null)) {
            if (!tables.next()) {
                return Optional.empty(); // a new database
            }
        }
        List<List<Integer>> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM " + HISTORY + " WHERE success = TRUE "
                     + "AND version IS NOT NULL")) {
            while (rows.next()) {
                versions.add(parse(rows.getString(1)));
            }
        }
        return versions.stream().max(ORDER);
    }

    /** The highest version among the SQL migrations (db/migration) and the Java ones (org.juesuan…V*__*). */
    static Optional<List<Integer>> expected() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(
                SchemaVersion.class.getClassLoader());
        List<List<Integer>> versions = new ArrayList<>();
        try {
            for (String pattern : List.of("classpath*:db/migration/V*__*.sql", "classpath*:org/juesuan/**/V*__*.class")) {
                for (Resource migration : resolver.getResources(pattern)) {
                    Matcher name = VERSIONED.matcher(String.valueOf(migration.getFilename()));
                    if (name.matches()) {
                        versions.add(parse(name.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions.stream().max(ORDER);
    }

    private static List<Integer> parse(String version) {
        return Arrays.stream(version.split("[._]")).map(Integer::valueOf).toList();
    }
}
