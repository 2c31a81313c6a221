package org.juesuan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.juesuan.support.CliProcess;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.Samples;
import org.juesuan.support.TcpProxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Infrastructure failure is loud and safe. The database is reached through a TCP proxy the test
 * owns (the shared MariaDB itself is never touched): unreachable at start, or cut in the middle
 * of a run. Either way exit code 3, nothing half-written, and `rerun --failed` finishes the run
 * once the database is back.
 */
class DatabaseLossTest {

    static final int SUBMISSIONS = 30;

    @TempDir
    Path work;

    @Test
    void anUnreachableDatabaseAtStartIsExitCode3() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String url = "jdbc:mysql://127.0.0.1:" + closedPort + "/juesuan?connectTimeout=2000";
        Map<String, String> env = new HashMap<>(Sql.env(url));
        env.put("SPRING_DATASOURCE_HIKARI_CONNECTIONTIMEOUT", "3000");
        CliProcess run = CliProcess.start(work, env, "[no db] ", "import", Samples.DIR.toAbsolutePath().toString());
        assertThat(run.awaitExit(Duration.ofMinutes(2))).as(run.output()).isEqualTo(3);
        assertThat(run.output()).contains("import: 无法连接数据库");
    }

    @Test
    void aDatabaseLostMidRunIsExitCode3AndRerunFailedCompletesTheRun() throws Exception {
        String url = MariaDbTestDatabase.freshUrl("dbloss");
        GeneratedSubmissions.writeSmall(work.resolve("inbox"), SUBMISSIONS, 8000);
        CliProcess schema = CliProcess.start(work, Sql.env(url), "[schema] ", "status");
        assertThat(schema.awaitExit(Duration.ofMinutes(2))).isZero();

        try (TcpProxy proxy = new TcpProxy(3306)) {
            Map<String, String> env = new HashMap<>(Sql.env(url.replace("127.0.0.1:3306", "127.0.0.1:" + proxy.port())));
            env.put("SPRING_DATASOURCE_HIKARI_CONNECTIONTIMEOUT", "3000");
            CliProcess run = CliProcess.start(work, env, "[import] ", "import", "--threads", "2");
            assertThat(run.awaitLines(l -> l.startsWith("["), 5, Duration.ofMinutes(2))).as(run.output()).isTrue();
            proxy.cut();
            assertThat(run.awaitExit(Duration.ofMinutes(3))).as(run.output()).isEqualTo(3);
            assertThat(run.output()).contains("import: 批次失败").contains("rerun --failed");
        }

        // Nothing half-written: each submission row has all its facts; unsettled items have no row.
        // (A progress line is printed after its commit, so the five seen are in.)
        long settled = Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state <> 'PENDING'");
        assertThat(settled).isBetween(5L, (long) SUBMISSIONS - 1);
        assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission")).isEqualTo(settled);
        assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission s WHERE s.fact_count <> "
                + "(SELECT COUNT(*) FROM fact f WHERE f.submission_id = s.id)")).isZero();

        // The morning: status names the run that did not complete and what is still pending.
        CliProcess status = CliProcess.start(work, Sql.env(url), "[status] ", "status");
        assertThat(status.awaitExit(Duration.ofMinutes(2))).isEqualTo(1); // a run died: a monitor sees it
        assertThat(status.output()).contains("批次 #1 未完成（进行中）：进程已不在").contains("待处理");

        CliProcess rerun = CliProcess.start(work, Sql.env(url), "[rerun] ", "rerun", "--failed");
        assertThat(rerun.awaitExit(Duration.ofMinutes(3))).as(rerun.output()).isZero();
        assertThat(rerun.output()).contains("续完批次 #1 完成");

        // Complete and duplicate-free.
        assertThat(Sql.number(url, "SELECT COUNT(*) FROM import_item WHERE state IN ('LOADED', 'LOADED_WITH_ERRORS')"))
                .isEqualTo(SUBMISSIONS);
        assertThat(Sql.number(url, "SELECT COUNT(*) FROM submission")).isEqualTo(SUBMISSIONS);
        assertThat(Sql.number(url, "SELECT COUNT(DISTINCT department_name) FROM v_fact")).isEqualTo(SUBMISSIONS);
        assertThat(Sql.number(url, "SELECT COUNT(*) FROM v_fact"))
                .isEqualTo(Sql.number(url, "SELECT SUM(fact_count) FROM submission"));
        try (Stream<Path> left = Files.list(work.resolve("inbox"))) {
            assertThat(left).isEmpty();
        }
    }
}
