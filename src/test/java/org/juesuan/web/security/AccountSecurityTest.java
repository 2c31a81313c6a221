package org.juesuan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.juesuan.support.PortalHttp;
import org.juesuan.support.PortalServer;
import org.juesuan.web.account.PortalAccount;
import org.juesuan.web.account.PortalRole;
import org.juesuan.web.audit.PortalAuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accounts against the real server and MariaDB: the one-time password opens only the password page until it is
 * replaced (and the rules of a new password); ten wrong passwords in a row lock the account, counted on the server,
 * and a locked account answers the same whatever password is typed; passwords never reach the log, even with the
 * security and web loggers at DEBUG.
 */
class AccountSecurityTest {

    private static PortalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start("--logging.level.org.springframework.security=DEBUG",
                "--logging.level.org.springframework.web=DEBUG", "--logging.level.org.juesuan=DEBUG",
                "--logging.level.org.apache.catalina=DEBUG");
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theOneTimePasswordOpensOnlyThePasswordPageUntilANewOneIsChosen() throws Exception {
        String initial = server.addBureau("bureau-chief");
        PortalHttp http = new PortalHttp(server);
        HttpResponse<String> login = http.login("bureau-chief", initial);
        assertThat(PortalHttp.location(login)).isEqualTo("/");
        for (String path : List.of("/", "/runs", "/bureau/season/2023", "/no-such-page")) {
            HttpResponse<String> page = http.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(302);
            assertThat(PortalHttp.location(page)).as(path).isEqualTo("/password");
        }
        assertThat(http.get("/password").body()).contains("请先设置自己的新密码");

        assertThat(change(http, initial, "short", "short")).contains("密码太短：应至少 10 个字符");
        assertThat(change(http, initial, "Bureau-Chief", "Bureau-Chief")).contains("密码不能与用户名相同");
        assertThat(change(http, initial, "long-enough-1", "long-enough-2")).contains("两次输入的新密码不一致");
        assertThat(change(http, initial + "x", "long-enough-1", "long-enough-1")).contains("当前密码不正确");
        String tooLong = "决".repeat(25); // 75 bytes: more than bcrypt reads
        assertThat(change(http, initial, tooLong, tooLong)).contains("密码太长：应不超过 72 个字节");
        assertThat(server.accounts().find("bureau-chief").orElseThrow().mustChangePassword()).isTrue();

        HttpResponse<String> changed = http.post("/password", Map.of("current", initial, "password",
                "财政局-审核-2024", "confirm", "财政局-审核-2024"), true);
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(PortalHttp.location(changed)).isEqualTo("/");
        assertThat(PortalHttp.location(http.get("/"))).as("the bureau's home, no longer the password page")
                .isNotEqualTo("/password");
        assertThat(http.get("/password").body()).doesNotContain("请先设置自己的新密码");
        assertThat(server.accounts().find("bureau-chief").orElseThrow().mustChangePassword()).isFalse();
        assertThat(new PortalHttp(server).login("bureau-chief", initial).headers().firstValue("Location").orElseThrow())
                .as("the one-time password is spent").endsWith("/login?error=bad");
        assertThat(server.bean(PortalAuditLog.class).latest(50)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("bureau-chief");
            assertThat(e.action()).isEqualTo("PASSWORD_CHANGED");
            assertThat(e.remoteAddress()).isEqualTo("127.0.0.1");
        });
    }

    private static String change(PortalHttp http, String current, String password, String confirm) throws Exception {
        HttpResponse<String> page = http.post("/password", Map.of("current", current, "password", password,
                "confirm", confirm), true);
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body();
    }

    @Test
    void tenWrongPasswordsInARowLockTheAccountWithoutSayingWhetherTheNextOneIsRight() throws Exception {
        server.addReady("locky", PortalRole.DEPARTMENT, "乙单位", "乙单位的正确密码-1");
        PortalHttp http = new PortalHttp(server);
        for (int i = 1; i <= 9; i++) {
            assertThat(PortalHttp.location(http.login("locky", "wrong-password-" + i))).isEqualTo("/login?error=bad");
        }
        assertThat(account("locky").failedLogins()).isEqualTo(9);
        assertThat(PortalHttp.location(http.login("locky", "乙单位的正确密码-1"))).as("nine do not lock").isEqualTo("/");
        assertThat(account("locky").failedLogins()).as("a success starts the count again").isZero();

        PortalHttp attacker = new PortalHttp(server);
        for (int i = 1; i <= 9; i++) {
            assertThat(PortalHttp.location(attacker.login("locky", "guess-" + i))).isEqualTo("/login?error=bad");
        }
        assertThat(PortalHttp.location(new PortalHttp(server).login("locky", "guess-10")))
                .as("counted on the server, not per session").isEqualTo("/login?error=locked");
        PortalAccount locked = account("locky");
        assertThat(locked.lockedUntil()).isAfter(LocalDateTime.now().plusMinutes(29));
        for (String password : List.of("乙单位的正确密码-1", "guess-11")) {
            PortalHttp someone = new PortalHttp(server);
            assertThat(PortalHttp.location(someone.login("locky", password))).as(password)
                    .isEqualTo("/login?error=locked");
            assertThat(PortalHttp.location(someone.get("/"))).as("not signed in").isEqualTo("/login");
        }
        assertThat(attacker.get("/login?error=locked").body())
                .contains("此账户因连续 10 次密码错误已被锁定，请 30 分钟后再试，或请财政部门重置密码");
        List<String> actions = server.bean(PortalAuditLog.class).latest(200).stream()
                .filter(e -> e.username().equals("locky")).map(PortalAuditLog.Entry::action).toList();
        assertThat(actions).containsSubsequence("LOGIN_LOCKED", "LOGIN_LOCKED", "ACCOUNT_LOCKED", "LOGIN_FAILED");
        assertThat(actions.stream().filter("LOGIN_FAILED"::equals).count()).isEqualTo(18);

        // the lock ends by itself …
        server.jdbc().update("UPDATE portal_account SET locked_until = ? WHERE username = 'locky'",
                java.sql.Timestamp.valueOf(LocalDateTime.now().minusSeconds(1)));
        assertThat(PortalHttp.location(new PortalHttp(server).login("locky", "乙单位的正确密码-1"))).isEqualTo("/");
        // … or with user reset, which also asks for a new password
        for (int i = 1; i <= 10; i++) {
            new PortalHttp(server).login("locky", "again-" + i);
        }
        assertThat(account("locky").lockedAt(LocalDateTime.now())).isTrue();
        String fresh = server.accounts().reset("locky", null);
        PortalHttp after = new PortalHttp(server);
        assertThat(PortalHttp.location(after.login("locky", fresh))).isEqualTo("/");
        assertThat(PortalHttp.location(after.get("/"))).isEqualTo("/password");
    }

    @Test
    void passwordsNeverReachTheLogEvenAtDebugLevel() throws Exception {
        String initial = server.addDepartment("quiet", "丙单位");
        PortalHttp http = new PortalHttp(server);
        http.login("quiet", "Wrong-Secret-Typed-甲乙");
        http.login("quiet", initial);
        http.post("/password", Map.of("current", initial, "password", "New-Secret-Chosen-丙丁",
                "confirm", "New-Secret-Chosen-丙丁"), true);
        http.post("/logout", Map.of(), true);
        assertThat(PortalHttp.location(new PortalHttp(server).login("quiet", "New-Secret-Chosen-丙丁"))).isEqualTo("/");

        String log = Files.readString(server.logFile(), StandardCharsets.UTF_8);
        assertThat(log).as("the loggers did write at DEBUG").contains("DEBUG")
                .contains("org.springframework.security");
        assertThat(log).doesNotContain(initial, "Wrong-Secret-Typed", "New-Secret-Chosen",
                java.net.URLEncoder.encode("New-Secret-Chosen-丙丁", StandardCharsets.UTF_8));
        String hash = server.jdbc().queryForObject("SELECT password_hash FROM portal_account WHERE username = 'quiet'",
                String.class);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("New-Secret");
        assertThat(log).doesNotContain(hash.substring("{bcrypt}".length()));
    }

    private static PortalAccount account(String username) {
        return server.accounts().find(username).orElseThrow();
    }
}
