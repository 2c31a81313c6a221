package org.juesuan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.juesuan.support.ExplodingRoute;
import org.juesuan.support.PortalHttp;
import org.juesuan.support.PortalServer;
import org.juesuan.web.account.PortalRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The walls around every page, read from real responses: no POST without its CSRF token (every POST route of the
 * running portal, enumerated from its handler mappings), the session cookie, the security headers, and error pages
 * in Chinese with no trace of the exception behind them.
 */
class HttpHardeningTest {

    private static final String BUREAU_PASSWORD = "bureau-password-1";
    private static final String DEPARTMENT_PASSWORD = "department-password-1";

    private static PortalServer server;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start("--spring.main.sources=" + ExplodingRoute.class.getName());
        server.addReady("bureau", PortalRole.BUREAU, null, BUREAU_PASSWORD);
        server.addReady("dept", PortalRole.DEPARTMENT, "甲单位", DEPARTMENT_PASSWORD);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static PortalHttp signedIn(String username, String password) throws Exception {
        PortalHttp http = new PortalHttp(server);
        assertThat(PortalHttp.location(http.login(username, password))).isEqualTo("/");
        return http;
    }

    @Test
    void everyPostRouteRefusesARequestWithoutItsCsrfToken() throws Exception {
        List<String> posts = new ArrayList<>(List.of("/login", "/logout")); // Spring Security's own
        RequestMappingHandlerMapping mappings = server.context().getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                for (String pattern : info.getPatternValues()) {
                    posts.add(pattern.replaceAll("\\{[^}]+}", "1"));
                }
            }
        }
        assertThat(posts).as("the portal's own forms are among them").contains("/password");
        for (String[] who : List.of(new String[] {"bureau", BUREAU_PASSWORD},
                new String[] {"dept", DEPARTMENT_PASSWORD})) {
            PortalHttp http = signedIn(who[0], who[1]);
            for (String path : posts) {
                HttpResponse<String> refused = http.post(path, Map.of("current", who[1], "password", "x"), false);
                assertThat(refused.statusCode()).as(who[0] + " POST " + path + " without token").isEqualTo(403);
                assertThat(refused.body()).as(path).contains("无权访问此页面或此数据");
            }
            assertThat(PortalHttp.location(http.get("/"))).as("still signed in: the refused logout did nothing")
                    .isNotEqualTo("/login");
            HttpResponse<String> logout = http.post("/logout", Map.of(), true);
            assertThat(PortalHttp.location(logout)).as("with its token the same POST works").isEqualTo("/login?logout");
        }
        HttpResponse<String> anonymous = new PortalHttp(server).post("/login",
                Map.of("username", "bureau", "password", BUREAU_PASSWORD), false);
        assertThat(anonymous.statusCode()).as("a login posted from elsewhere").isEqualTo(403);
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndChangesAtLogin() throws Exception {
        PortalHttp http = new PortalHttp(server);
        HttpResponse<String> login = http.get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JUESUAN_SESSION="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");
        String before = http.sessionCookie();
        HttpResponse<String> signedIn = http.login("dept", DEPARTMENT_PASSWORD);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JUESUAN_SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
        assertThat(http.sessionCookie()).as("a new session id at login (no fixation)").isNotEqualTo(before);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        PortalHttp anonymous = new PortalHttp(server);
        PortalHttp dept = signedIn("dept", DEPARTMENT_PASSWORD);
        List<HttpResponse<String>> answers = List.of(anonymous.get("/login"), anonymous.get("/"), dept.get("/"),
                dept.get("/password"), dept.get("/no-such-page"), dept.get("/runs"), dept.get("/css/portal.css"));
        for (HttpResponse<String> answer : answers) {
            String what = answer.request().uri() + " → " + answer.statusCode();
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        }
        assertThat(dept.get("/password").headers().firstValue("Cache-Control").orElse(""))
                .as("a signed-in page is not cached").contains("no-store");
    }

    @Test
    void noStackTraceReachesABrowserOnlyAChinesePage() throws Exception {
        PortalHttp dept = signedIn("dept", DEPARTMENT_PASSWORD);
        HttpResponse<String> exploded = dept.get(ExplodingRoute.PATH);
        assertThat(exploded.statusCode()).isEqualTo(500);
        assertThat(exploded.body()).contains("系统处理时出错，已记入日志").contains("<title>出错了</title>");

        HttpResponse<String> asJson = dept.send(HttpRequest.newBuilder(URI.create(server.url(ExplodingRoute.PATH)))
                .header("Accept", "application/json"));
        assertThat(asJson.statusCode()).isEqualTo(500);
        assertThat(asJson.body()).as("a client that is no browser gets the bare status").doesNotContain(
                ExplodingRoute.SECRET, "the-internal-detail", "Exception", "trace");

        HttpResponse<String> missing = dept.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有这个页面或这份数据");

        HttpResponse<String> forbidden = dept.get("/runs");
        assertThat(forbidden.statusCode()).as("a department on the bureau's page").isEqualTo(403);
        assertThat(forbidden.body()).contains("无权访问此页面或此数据");

        HttpResponse<String> incomplete = dept.post("/password", Map.of("current", DEPARTMENT_PASSWORD), true);
        assertThat(incomplete.statusCode()).as("a form missing its fields").isEqualTo(400);
        assertThat(incomplete.body()).contains("请求有误，无法处理");

        HttpResponse<String> malicious = dept.send(HttpRequest.newBuilder(URI.create(server.url("/css/%2e%2e/password")))
                .GET());
        assertThat(malicious.statusCode()).as("a URL the firewall refuses").isEqualTo(400);
        assertThat(malicious.body()).contains("请求有误，无法处理");

        HttpResponse<String> wrongMethod = dept.send(HttpRequest.newBuilder(URI.create(server.url("/password")))
                .method("PUT", HttpRequest.BodyPublishers.noBody()));
        assertThat(wrongMethod.statusCode()).isIn(403, 405);

        for (HttpResponse<String> answer : List.of(exploded, missing, forbidden, incomplete, malicious, wrongMethod)) {
            assertThat(answer.body()).as(answer.request().uri().toString())
                    .doesNotContain(ExplodingRoute.SECRET, "the-internal-detail", "Exception", "java.", "\tat ",
                            "org.springframework", "Whitelabel", "Apache Tomcat");
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        }
    }

    @Test
    void anUploadOverTheSizeLimitGetsAChinesePageNamingTheLimits() throws Exception {
        PortalHttp dept = signedIn("dept", DEPARTMENT_PASSWORD);
        String boundary = "----juesuan" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"大.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + dept.csrf()
                + "\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 25 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpResponse<String> refused = dept.send(HttpRequest.newBuilder(URI.create(server.url("/password")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("上传的文件太大：单个文件应不超过 20MB，一次上传合计应不超过 60MB")
                .doesNotContain("Exception", "java.", "无权访问");
    }
}
