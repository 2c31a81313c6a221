package org.juesuan.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.juesuan.load.ImportLedger;
import org.juesuan.ops.StatusReport;
import org.juesuan.ops.UnfinishedRuns;
import org.juesuan.query.ReadOnlyQuery;
import org.juesuan.report.SubmissionReportRepository;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What status, query and report read the warehouse with: one JDBC connection and the few services that read
 * through it, built directly — no Spring application context, so no Spring Batch, RabbitMQ, task executor, Flyway
 * or connection pool, and none of the auto-configuration that would decide against them (issue 15: a cold start
 * under a second). {@link Warehouse#openForReading} checks the schema version first.
 */
final class ReadingWarehouse implements AutoCloseable {

    private final String url;
    private final SingleConnectionDataSource dataSource;
    private final JdbcTemplate jdbc;
    private final Duration staleAfter;

    private ReadingWarehouse(String url, SingleConnectionDataSource dataSource, Duration staleAfter) {
        this.url = url;
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.staleAfter = staleAfter;
    }

    /** The database the full start would open: --db-* first, then the settings (see {@link Settings}). */
    static ReadingWarehouse of(DatabaseOptions db, Settings settings) {
        String[] login = login(db, settings);
        Duration staleAfter = DurationStyle.detectAndParse(settings.first("PT10M", "juesuan.rerun.stale-after"));
        // one connection for the whole command: an embedded H2 database is opened once, not per statement
        return new ReadingWarehouse(login[0], new SingleConnectionDataSource(login[0], login[1], login[2], true),
                staleAfter);
    }

    /** A plain connection to that database (no Spring: nothing logs before Spring Boot has set up logging). */
    static Connection connect(DatabaseOptions db, Settings settings) throws SQLException {
        String[] login = login(db, settings);
        if (login[0] == null) {
            throw new SQLException("juesuan.db.url is not set");
        }
        return DriverManager.getConnection(login[0], login[1], login[2]);
    }

    private static String[] login(DatabaseOptions db, Settings settings) {
        String url = db.url != null ? db.url : settings.first(null, "spring.datasource.url", "juesuan.db.url");
        String user = db.user != null ? db.user : settings.first("", "spring.datasource.username", "juesuan.db.user");
        String password = db.password != null ? db.password
                : settings.first("", "spring.datasource.password", "juesuan.db.password");
        return new String[] {url, user, password};
    }

    String url() {
        return url;
    }

    DataSource dataSource() {
        return dataSource;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    StatusReport statusReport() {
        return new StatusReport(jdbc, new UnfinishedRuns(jdbc, new ImportLedger(jdbc), staleAfter));
    }

    ReadOnlyQuery query() {
        return new ReadOnlyQuery(dataSource);
    }

    SubmissionReportRepository reports() {
        return new SubmissionReportRepository(jdbc);
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
