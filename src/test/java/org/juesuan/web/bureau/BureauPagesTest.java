package org.juesuan.web.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.juesuan.web.season.SampleVariants.MIYI;
import static org.juesuan.web.season.SampleVariants.MIYI_2022;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.juesuan.support.PortalHttp;
import org.juesuan.support.PortalServer;
import org.juesuan.web.account.PortalRole;
import org.juesuan.web.account.PortalUser;
import org.juesuan.web.season.Filings;
import org.juesuan.web.season.PortalUpload;
import org.juesuan.web.season.PortalUploads;
import org.juesuan.web.season.Roster;
import org.juesuan.web.season.SampleVariants;
import org.juesuan.web.season.UploadAudit;
import org.springframework.mock.web.MockMultipartFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The bureau's pages over HTTP on the running portal: the dashboard's states, filter and sort; two versions side by
 * side; 接收 with CSRF; the season's zip. Two 2022 versions of 米易 are 上报ed through the portal's own services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BureauPagesTest {

    private static final String PASSWORD = "Caizheng-2022-secret";
    PortalServer server;
    long v1;
    long v2;

    @BeforeAll
    void start() throws Exception {
        server = PortalServer.start();
        server.addReady("caizheng", PortalRole.BUREAU, null, PASSWORD);
        server.addReady("miyi", PortalRole.DEPARTMENT, MIYI, PASSWORD);
        server.bean(Roster.class).add("米易县审计局");
        PortalUser miyi = new PortalUser("miyi", PortalRole.DEPARTMENT, MIYI);
        String name = MIYI_2022.getFileName().toString();
        v1 = file(miyi, name, SampleVariants.bytes(MIYI_2022), Map.of());
        // 206 科学技术支出's 基本支出 388.85 → 388.86 万元: one 尾差 WARNING (the three sums that cent puts off), explained
        v2 = file(miyi, name, SampleVariants.withNumber(MIYI_2022, "支出决算表", 388.85, 388.86),
                Map.of(0, "各表分别四舍五入"));
    }

    private long file(PortalUser user, String name, byte[] bytes, Map<Integer, String> explanations) throws Exception {
        UploadAudit.Outcome uploaded = server.bean(UploadAudit.class).upload(user,
                List.of(new MockMultipartFile("files", name, null, bytes)));
        PortalUpload upload = server.bean(PortalUploads.class).find(uploaded.uploadId()).orElseThrow();
        Filings.Outcome filed = server.bean(Filings.class).file(user, upload, explanations, null);
        assertThat(filed.refusal()).isNull();
        return filed.submissionId();
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    private PortalHttp bureau() throws Exception {
        PortalHttp http = new PortalHttp(server);
        assertThat(PortalHttp.location(http.login("caizheng", PASSWORD))).isEqualTo("/");
        return http;
    }

    @Test
    void theDashboardListsTheRosterAndTheSubmittedWithStateFilterAndSort() throws Exception {
        PortalHttp http = bureau();
        assertThat(PortalHttp.location(http.get("/bureau/season"))).isEqualTo("/bureau/season/2022");
        String all = http.get("/bureau/season/2022").body();
        assertThat(all).contains("data-department=\"" + MIYI + "\"").contains("data-department=\"米易县审计局\"");
        assertThat(all.indexOf("米易县审计局")).isLessThan(all.indexOf("data-department=\"" + MIYI)); // by name
        String waiting = http.get("/bureau/season/2022?state=AWAITING_REVIEW").body();
        assertThat(waiting).contains("data-department=\"" + MIYI + "\"").doesNotContain("data-department=\"米易县审计局\"");
        assertThat(waiting).contains("已上报待审");
        String notSent = http.get("/bureau/season/2022?state=NOT_SUBMITTED&sort=state").body();
        assertThat(notSent).contains("data-department=\"米易县审计局\"").doesNotContain("data-department=\"" + MIYI + "\"");
    }

    @Test
    void twoVersionsSideBySideShowTheOneChangedFigureInTheTablesUnit() throws Exception {
        HttpResponse<String> page = bureau().get("/bureau/submissions/" + v2 + "?against=" + v1);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("有 1 个数字不同");
        assertThat(html).contains("data-table=\"T03\" data-row=\"206\" data-column=\"basic\"");
        assertThat(html).contains(">388.85<").contains(">388.86<").contains(">0.01<").contains(">万元<");
        // the 审核说明 the department gave for the three WARNINGs
        assertThat(html).contains("各表分别四舍五入");
        assertThat(bureau().get("/bureau/submissions/" + v2 + "?against=987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void acceptingNeedsTheCsrfTokenAndTheSeasonZipHoldsTheAnnotatedWorkbook() throws Exception {
        PortalHttp http = bureau();
        assertThat(http.post("/bureau/submissions/" + v2 + "/decision", Map.of("decision", "ACCEPTED"), false)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = http.post("/bureau/submissions/" + v2 + "/decision",
                Map.of("decision", "ACCEPTED"), true);
        assertThat(PortalHttp.location(accepted)).isEqualTo("/bureau/submissions/" + v2);
        assertThat(http.get("/bureau/submissions/" + v2).body()).contains("<span id=\"state\">已接收</span>");
        assertThat(server.jdbc().queryForObject("SELECT COUNT(*) FROM portal_audit_log WHERE action = 'ACCEPT' "
                + "AND target = ?", Integer.class, "submission " + v2)).isEqualTo(1);

        HttpResponse<byte[]> zip = http.getBytes("/bureau/season/2022/zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(e.getName());
            }
        }
        assertThat(entries).containsExactly(MIYI + "/" + MIYI + "-2022.annotated.xlsx");
    }

    @Test
    void aDepartmentAccountReachesNoBureauPage() throws Exception {
        PortalHttp http = new PortalHttp(server);
        http.login("miyi", PASSWORD);
        for (String path : List.of("/bureau/season", "/bureau/season/2022", "/bureau/submissions/" + v1,
                "/bureau/season/2022/zip", "/bureau/submissions/" + v1 + "/annotated")) {
            assertThat(http.get(path).statusCode()).as(path).isEqualTo(403);
        }
    }
}
