package org.juesuan.cli;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.juesuan.JuesuanApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the application context against the chosen database; failures become exit codes. The commands that
 * write (import, rerun, worker) get the whole application; those that only read get a {@link ReadingWarehouse}.
 */
final class Warehouse {

    /** The database could not be reached or prepared: exit code 3, nothing was written. */
    static final class UnavailableException extends Exception {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static {
        // Spring Boot warms up validation, Jackson and more in a background thread: CPU a short command never uses.
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
    }

    private Warehouse() {
    }

    /** RabbitMQ's auto-configuration, left out unless a remote role (import --remote, worker) is asked for. */
    private static final String RABBIT = "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration,"
            + "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration,"
            + "org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration";

    /** The portal's auto-configuration that would start without a web server too: only serve wants it. */
    private static final String PORTAL = "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration,"
            + "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration,"
            + "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration";

    private static final String EXCLUDE = "--spring.autoconfigure.exclude=";

    /** The whole application: Spring Batch, Flyway (migrating), and RabbitMQ when remote mode asks for it. */
    static ConfigurableApplicationContext open(DatabaseOptions db, String... settings) throws UnavailableException {
        boolean remote = Arrays.stream(settings).anyMatch(s -> s.startsWith("--juesuan.remote.role="));
        String excluded = EXCLUDE + (remote ? PORTAL : RABBIT + "," + PORTAL);
        List<String> arguments = new ArrayList<>(List.of(settings));
        arguments.add(excluded);
        // Kept open while the application starts: an embedded H2 database is then opened once, not twice.
        Connection check = null;
        try {
            Settings configured = Settings.current();
            ReadingLog.configure(configured); // until Spring Boot sets up logging: nothing on stdout
            check = ReadingWarehouse.connect(db, configured);
            if (SchemaVersion.isCurrent(check) && SchemaVersion.hasBatchTables(check)) {
                // a schema at this build's version: Flyway's validation of every migration and Spring Batch's
                // schema script are work a start does not need (issue 15: a one-workbook import in 3 s)
                arguments.add("--spring.flyway.enabled=false");
                arguments.add("--spring.batch.jdbc.initialize-schema=never");
            }
        } catch (SQLException | RuntimeException e) {
            // not reachable or not readable: the full start migrates it, or says in one line why it cannot
        }
        try {
            return start(JuesuanApplication.class, db, arguments.toArray(String[]::new));
        } finally {
            closeQuietly(check);
        }
    }

    /** {@code serve}: the whole application and the portal's configuration, with a servlet web server. */
    static ConfigurableApplicationContext openPortal(DatabaseOptions db, Class<?> portal, String... settings)
            throws UnavailableException {
        String[] all = Stream.concat(Arrays.stream(settings), Stream.of(EXCLUDE + RABBIT,
                "--spring.main.web-application-type=servlet")).toArray(String[]::new);
        return start(new Class<?>[] {JuesuanApplication.class, portal}, WebApplicationType.SERVLET, db, all);
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException e) {
            // only the check's connection: the application has its own
        }
    }

    /**
     * For status, query and report: a {@link ReadingWarehouse} (no Spring) once the schema is at this build's
     * version. A new or older database is first migrated by one start of the whole application.
     */
    static ReadingWarehouse openForReading(DatabaseOptions db) throws UnavailableException {
        Settings settings = Settings.current();
        ReadingLog.configure(settings);
        ReadingWarehouse warehouse = ReadingWarehouse.of(db, settings);
        if (warehouse.url() == null) {
            throw unavailable(null, new IllegalStateException("juesuan.db.url 没有设置"));
        }
        boolean current;
        try {
            current = SchemaVersion.isCurrent(warehouse.dataSource());
        } catch (SQLException | RuntimeException e) {
            warehouse.close();
            throw unavailable(warehouse.url(), e);
        }
        if (current) {
            return warehouse;
        }
        warehouse.close();
        notUsualForCds();
        open(db).close();
        return ReadingWarehouse.of(db, settings);
    }

    /**
     * bin/juesuan records a command's class-data-sharing archive on its first run: a reading command that first
     * migrates a new database loads the whole application, an archive that would slow every later run of it.
     */
    private static void notUsualForCds() {
        String dump = System.getProperty("juesuan.cds.dump");
        if (dump != null && !dump.isBlank()) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(dump + ".unusual"), "migrated first\n");
            } catch (java.io.IOException | RuntimeException e) {
                // the archive is then recorded anyway: slower later starts, nothing wrong
            }
        }
    }

    private static ConfigurableApplicationContext start(Class<?> source, DatabaseOptions db, String... settings)
            throws UnavailableException {
        return start(new Class<?>[] {source}, WebApplicationType.NONE, db, settings);
    }

    private static ConfigurableApplicationContext start(Class<?>[] sources, WebApplicationType web, DatabaseOptions db,
                                                        String... settings) throws UnavailableException {
        List<String> args = new ArrayList<>(db.springArguments());
        args.addAll(List.of(settings));
        if (LaunchOptions.debug()) {
            args.add("--logging.console.enabled=true");
        }
        Optional<ConfigFile> config = LaunchOptions.config();
        ConfigurableEnvironment[] prepared = new ConfigurableEnvironment[1];
        SpringApplicationBuilder builder = new SpringApplicationBuilder(sources).web(web)
                .listeners(new ApplicationListener<ApplicationEnvironmentPreparedEvent>() {
                    @Override
                    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
                        prepared[0] = event.getEnvironment(); // for the failure message
                    }
                }, new WarningTally.Attach());
        config.ifPresent(file -> builder.environment(file.environment()));
        try {
            return builder.run(args.toArray(String[]::new));
        } catch (RuntimeException e) {
            throw unavailable(prepared[0] == null ? null : prepared[0].getProperty("spring.datasource.url"), e);
        }
    }

    /** One line for the operator: what failed and which setting to look at; the trace only with --debug. */
    private static UnavailableException unavailable(String url, Throwable failure) {
        if (LaunchOptions.debug()) {
            failure.printStackTrace();
        }
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SQLException) && !(cause instanceof ConnectException)) {
            cause = cause.getCause();
        }
        String reason = firstLine(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        String where = LaunchOptions.config().map(c -> c.file() + " 中的 juesuan.db.url")
                .orElse("juesuan.db.url（--db-url、环境变量 JUESUAN_DB_URL 或 --config 配置文件）");
        String database = url == null ? "" : " " + withoutParameters(url);
        String message = cause instanceof SQLException || cause instanceof ConnectException
                ? "无法连接数据库" + database + "：" + reason + "；请确认数据库已启动，并检查 " + where
                : "无法打开数据库" + database + "：" + reason + "；完整信息见日志，或加 --debug 重试";
        return new UnavailableException(message, failure);
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** A JDBC URL may carry a password among its parameters: name the database, not them. */
    private static String withoutParameters(String url) {
        int end = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            end = at < 0 ? end : Math.min(end, at);
        }
        return url.substring(0, end);
    }
}
