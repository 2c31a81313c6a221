package org.juesuan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.juesuan.support.PortalBrowser;
import org.juesuan.support.PortalServer;
import org.juesuan.web.audit.PortalAuditLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A department accountant logs in for the first time in a real (headless) Chromium: a wrong password is refused in
 * Chinese, the one-time password leads only to the password page, and the new password opens the portal as the
 * department — whose name the page shows. The logins are in the audit log.
 */
class LoginTest {

    private static final String DEPARTMENT = "米易县经济信息化和科学技术局";

    private static PortalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aDepartmentLogsInChangesItsOneTimePasswordAndSeesItsDepartment() throws Exception {
        String initial = server.addDepartment("miyi", DEPARTMENT);
        try (PortalBrowser browser = new PortalBrowser(server)) {
            browser.open("/");
            assertThat(browser.path()).as("not signed in: the login page").isEqualTo("/login");
            assertThat(browser.driver().getTitle()).isEqualTo("登录");

            browser.login("miyi", initial + "x");
            assertThat(browser.path()).isEqualTo("/login?error=bad");
            assertThat(browser.text("#problem")).isEqualTo("用户名或密码错误");

            browser.login("miyi", initial);
            assertThat(browser.path()).isEqualTo("/password");
            assertThat(browser.text("#must-change")).contains("请先设置自己的新密码");

            browser.changePassword(initial, "新的密码-2023-决算");
            assertThat(browser.path()).as("the department's home").satisfiesAnyOf(p -> assertThat(p).isEqualTo("/"),
                    p -> assertThat(p).startsWith("/department"));
            assertThat(browser.text("#me")).isEqualTo(DEPARTMENT + " · miyi");

            browser.logout();
            assertThat(browser.path()).isEqualTo("/login?logout");
            browser.login("miyi", "新的密码-2023-决算");
            assertThat(browser.path()).satisfiesAnyOf(p -> assertThat(p).isEqualTo("/"),
                    p -> assertThat(p).startsWith("/department"));
            assertThat(browser.text("#me")).isEqualTo(DEPARTMENT + " · miyi");
        }
        assertThat(server.bean(PortalAuditLog.class).latest(10)).extracting(PortalAuditLog.Entry::action)
                .containsExactly("LOGIN", "LOGOUT", "PASSWORD_CHANGED", "LOGIN", "LOGIN_FAILED");
        assertThat(server.accounts().find("miyi").orElseThrow().mustChangePassword()).isFalse();
    }
}
