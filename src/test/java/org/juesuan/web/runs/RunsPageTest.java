package org.juesuan.web.runs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.juesuan.ops.StatusReport;
import org.juesuan.support.CliProcess;
import org.juesuan.support.GeneratedSubmissions;
import org.juesuan.support.MariaDbTestDatabase;
import org.juesuan.support.PortalHttp;
import org.juesuan.support.PortalServer;
import org.juesuan.web.account.PortalRole;
import org.juesuan.web.audit.PortalAuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau's runs page on a real crash: an import killed (SIGKILL) in the middle of its run shows as unfinished
 * with its process gone, exactly as {@code status} says; the page's button runs {@code rerun --failed} in the
 * background, the page shows it running and then its result, and every submission is loaded once. Departments
 * reach neither the page nor the button.
 */
class RunsPageTest {

    private static final int SUBMISSIONS = 60;
    private static final String PASSWORD = "runs-page-password";

    private static PortalServer server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start();
        server.addReady("bureau", PortalRole.BUREAU, null, PASSWORD);
        server.addReady("dept", PortalRole.DEPARTMENT, "甲单位", PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static PortalHttp signedIn(String username) throws Exception {
        PortalHttp http = new PortalHttp(server);
        assertThat(PortalHttp.location(http.login(username, PASSWORD))).isEqualTo("/");
        return http;
    }

    @Test
    void aKilledRunIsShownAndFinishedFromThePage() throws Exception {
        PortalHttp bureau = signedIn("bureau");
        String empty = bureau.get("/runs").body();
        assertThat(empty).contains("还没有导入批次").contains("续完失败的批次（rerun --failed）");

        Path inbox = dir.resolve("inbox");
        GeneratedSubmissions.writeSmall(inbox, SUBMISSIONS, 7);
        CliProcess run = CliProcess.start(Files.createDirectories(dir.resolve("cli")), Map.of("JUESUAN_DB_URL",
                server.dbUrl(), "JUESUAN_DB_USER", MariaDbTestDatabase.USER, "JUESUAN_DB_PASSWORD",
                MariaDbTestDatabase.PASSWORD), "[import] ", "import", inbox.toAbsolutePath().toString());
        assertThat(run.awaitLines(l -> l.startsWith("["), 2, Duration.ofMinutes(3))).as(run.output()).isTrue();
        run.kill();

        StatusReport.Status killed = server.bean(StatusReport.class).read(20);
        assertThat(killed.unfinished()).as("the run was killed in its middle").hasSize(1);
        long runId = killed.unfinished().get(0).run();
        int settled = server.jdbc().queryForObject("SELECT COUNT(*) FROM submission", Integer.class);
        assertThat(settled).isLessThan(SUBMISSIONS);

        String page = bureau.get("/runs").body();
        assertThat(page).contains("批次 #" + runId + " 未完成（").contains("进程已不在，可点“续完失败的批次”续完")
                .contains("<td>#" + runId + "</td>").doesNotContain("STARTED", "FAILED", "LOADED");

        HttpResponse<String> started = bureau.post("/runs/rerun", Map.of(), true);
        assertThat(PortalHttp.location(started)).isEqualTo("/runs");
        String during = bureau.get("/runs").body();
        assertThat(during).containsAnyOf("正在续完失败的批次（bureau 于 ", "上次续完（bureau 于 ");

        String after = during;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!after.contains("上次续完（bureau 于 ") && System.nanoTime() < deadline) {
            Thread.sleep(500);
            after = bureau.get("/runs").body();
        }
        assertThat(after).contains("批次 #" + runId + " 已续完：通过 " + SUBMISSIONS + "，不通过 0，无法读取 0，内容未变 0")
                .doesNotContain("进程已不在");
        StatusReport.Status finished = server.bean(StatusReport.class).read(20);
        assertThat(finished.unfinished()).isEmpty();
        assertThat(finished.exitCode()).isZero();
        assertThat(server.jdbc().queryForObject("SELECT COUNT(DISTINCT department_name) FROM submission",
                Integer.class)).isEqualTo(SUBMISSIONS);
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM submission", Integer.class))
                .as("each submission exactly once").isEqualTo(SUBMISSIONS);

        bureau.post("/runs/rerun", Map.of(), true);
        String again = bureau.get("/runs").body();
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!again.contains("没有要续完的批次") && System.nanoTime() < until) {
            Thread.sleep(300);
            again = bureau.get("/runs").body();
        }
        assertThat(again).contains("没有要续完的批次");

        List<PortalAuditLog.Entry> audit = server.bean(PortalAuditLog.class).latest(20);
        assertThat(audit).filteredOn(e -> e.action().equals("RERUN")).hasSize(2)
                .allSatisfy(e -> assertThat(e.username()).isEqualTo("bureau"));
    }

    @Test
    void departmentsReachNeitherThePageNorTheButton() throws Exception {
        PortalHttp dept = signedIn("dept");
        assertThat(dept.get("/runs").statusCode()).isEqualTo(403);
        assertThat(dept.post("/runs/rerun", Map.of(), true).statusCode()).isEqualTo(403);
        assertThat(server.bean(PortalAuditLog.class).latest(50)).noneMatch(e -> e.action().equals("RERUN")
                && e.username().equals("dept"));
    }
}
