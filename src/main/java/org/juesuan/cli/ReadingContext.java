package org.juesuan.cli;

import javax.sql.DataSource;

import org.juesuan.load.ImportLedger;
import org.juesuan.ops.StatusReport;
import org.juesuan.ops.UnfinishedRuns;
import org.juesuan.query.ReadOnlyQuery;
import org.juesuan.report.SubmissionReportRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The application context of the commands that only read the warehouse (status, query, report): one JDBC
 * connection and the few beans that read through it — no auto-configuration, so no Spring Batch, RabbitMQ, task
 * executor, Flyway or connection pool is started. Deliberately not a @Configuration: the full application's
 * component scan must not pick it up. {@link Warehouse#openForReading} checks the schema version first.
 */
@Import({ImportLedger.class, UnfinishedRuns.class, StatusReport.class, ReadOnlyQuery.class,
        SubmissionReportRepository.class})
class ReadingContext {

    /** One connection for the whole command: an embedded H2 database is opened once, not per statement. */
    @Bean
    SingleConnectionDataSource dataSource(Environment environment) {
        return new SingleConnectionDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""),
                environment.getProperty("spring.datasource.password", ""), true);
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }
}
