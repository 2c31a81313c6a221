package org.juesuan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client of a {@link PortalServer}, sending what a browser accepts, with a cookie jar of its own (one session), redirects NOT followed,
 * for the security tests that look at status codes and headers. {@link #csrf} reads the token the way a browser
 * gets it: from a form of a page.
 */
public final class PortalHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** What Chromium sends: the error pages are chosen by it (text/html, not the JSON for other clients). */
    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final PortalServer server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public PortalHttp(PortalServer server) {
        this.server = server;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.url(path))).GET());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(server.url(path))).timeout(Duration.ofSeconds(60))
                .header("Accept", BROWSER_ACCEPT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A form POST; {@code withCsrf}: the token of this session's login page form is added as {@code _csrf}. */
    public HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (withCsrf) {
            fields.put("_csrf", csrf());
        }
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request of this session (its cookies are added). */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(120)).build();
        if (built.headers().firstValue("Accept").isEmpty()) {
            built = HttpRequest.newBuilder(built, (name, value) -> true).header("Accept", BROWSER_ACCEPT).build();
        }
        return client.send(built,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** This session's CSRF token, as a form carries it: the login page's, or the page a signed-in session is sent to. */
    public String csrf() throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/login");
        for (int hops = 0; answer.statusCode() == 302 && hops < 3; hops++) {
            answer = get(location(answer));
        }
        Matcher m = CSRF.matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF field in " + answer.uri());
        }
        return m.group(1);
    }

    /** Sends the login form; @return the response (a redirect: to / on success, to /login?error=… otherwise) */
    public HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
        return post("/login", Map.of("username", username, "password", password), true);
    }

    /** The path a redirect leads to (its Location without scheme and host). */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JUESUAN_SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
