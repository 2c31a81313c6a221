package org.juesuan.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.juesuan.cli.ServeCommand;
import org.juesuan.model.Messages;
import org.juesuan.web.account.PortalAccounts;
import org.juesuan.web.account.PortalRole;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The portal as {@code juesuan serve} starts it (same configuration, same code path), in this JVM, on a random
 * port, against a MariaDB database of its own (created here, dropped on close), with its uploaded files and log in
 * a temporary folder. Accounts are made through the same service as {@code user add}. One per test class.
 */
public final class PortalServer implements AutoCloseable {

    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final ConfigurableApplicationContext context;
    private final String database;
    private final String url;
    private final Path folder;
    private final int port;

    private PortalServer(ConfigurableApplicationContext context, String database, String url, Path folder) {
        this.context = context;
        this.database = database;
        this.url = url;
        this.folder = folder;
        this.port = ServeCommand.port(context);
    }

    /** @param settings more Spring arguments ({@code --name=value}) for this server */
    public static PortalServer start(String... settings) throws Exception {
        Messages.useLanguage("zh");
        String url = MariaDbTestDatabase.freshUrl("portal" + SERVERS.incrementAndGet() + "_" + System.nanoTime() % 100000);
        String database = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        Path folder = Files.createTempDirectory("juesuan-portal");
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + MariaDbTestDatabase.USER,
                "--spring.datasource.password=" + MariaDbTestDatabase.PASSWORD,
                "--juesuan.portal.files=" + folder.resolve("portal"),
                "--juesuan.log.file=" + folder.resolve("logs/juesuan.log"),
                "--juesuan.inbox=" + folder.resolve("inbox"), "--juesuan.archive=" + folder.resolve("archive"),
                "--juesuan.rejected=" + folder.resolve("rejected")));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext context = ServeCommand.start(0, args.toArray(String[]::new));
        return new PortalServer(context, database, url, folder);
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:PORT/path} */
    public String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** The JDBC URL of this server's database (for a juesuan command run beside it). */
    public String dbUrl() {
        return url;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    public PortalAccounts accounts() {
        return context.getBean(PortalAccounts.class);
    }

    /** Where uploads are kept ({@code juesuan.portal.files}). */
    public Path files() {
        return folder.resolve("portal");
    }

    /** The server's log file. */
    public Path logFile() {
        return folder.resolve("logs/juesuan.log");
    }

    /** A new department account as {@code user add} makes it; @return its one-time password */
    public String addDepartment(String username, String department) {
        return accounts().add(username, PortalRole.DEPARTMENT, department, null);
    }

    /** A new bureau account as {@code user add} makes it; @return its one-time password */
    public String addBureau(String username) {
        return accounts().add(username, PortalRole.BUREAU, null, null);
    }

    /** An account whose holder has already replaced the one-time password with {@code password}. */
    public void addReady(String username, PortalRole role, String department, String password) {
        accounts().add(username, role, department, null);
        accounts().changePassword(username, password);
    }

    @Override
    public void close() throws IOException {
        context.close();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", MariaDbTestDatabase.USER,
                MariaDbTestDatabase.PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
        } catch (SQLException e) {
            // the shutdown hook of MariaDbTestDatabase drops it as well
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
