package org.juesuan.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.juesuan.batch.ImportLauncher;
import org.juesuan.submission.ImportOptions;
import org.juesuan.support.PortalHttp;
import org.juesuan.support.PortalServer;
import org.juesuan.support.Samples;
import org.juesuan.web.account.PortalRole;
import org.juesuan.web.account.PortalUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * Nobody sees what is not theirs, route by route: every handler of the running portal is read from its
 * RequestMappingHandlerMapping; each one that takes an object reference (path variable or request parameter named in
 * {@link #REFERENCES}: an upload, a submission, a department, a year, a file) is requested by department B with
 * department A's real values and must answer 403 (404 for an id that does not exist), while A (or the bureau, on
 * its routes) is not refused (no 403, no 5xx; a 404 may mean "nothing of that kind yet"). A parameter the test
 * does not know fails the test: a new route cannot be forgotten — add its parameter to {@link #REFERENCES} (it names
 * something of a department) or {@link #PLAIN} (it does not).
 * A's objects are made for real: the sample workbook imported (the submission), and uploaded through the portal's
 * own upload route when one is mapped.
 */
class RouteIsolationTest {

    private static final String A = Samples.MIYI;
    private static final String B = Samples.EDUCATION;
    private static final String A_FILE = Samples.MIYI_XLSX.getFileName().toString();
    private static final String PASSWORD = "route-test-password";
    private static final long MISSING_ID = 987_654_321L;

    /** Path variables and parameters that name a department's object: A's value, and one that names nothing. */
    private static final Set<String> REFERENCES = Set.of("uploadId", "submissionId", "department", "year", "fileName",
            "against"); // against: the other submission of the bureau's versions side by side

    /** Parameters that name nothing of a department, with a value to send. */
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("error", "bad"), Map.entry("logout", ""), // the login page's notices
            Map.entry("current", "x"), Map.entry("password", "x"), Map.entry("confirm", "x"), // the password form
            Map.entry("state", ""), Map.entry("sort", "name"), // the bureau's season dashboard: filter and order
            Map.entry("decision", "RETURNED"), Map.entry("message", "退回说明")); // the bureau's 退回/接收

    private static PortalServer server;
    private static Map<String, String> ofA;
    private static String uploadRoute;

    @BeforeAll
    static void start() throws Exception {
        server = PortalServer.start();
        server.addReady("a", PortalRole.DEPARTMENT, A, PASSWORD);
        server.addReady("b", PortalRole.DEPARTMENT, B, PASSWORD);
        server.addReady("bureau", PortalRole.BUREAU, null, PASSWORD);
        ofA = new LinkedHashMap<>();
        ofA.put("department", A);
        ofA.put("year", "2023");
        ofA.put("fileName", A_FILE);
        server.bean(ImportLauncher.class).run(List.of(Samples.MIYI_XLSX.toAbsolutePath()), ImportOptions.DEFAULTS);
        ofA.put("submissionId", String.valueOf(server.jdbc().queryForObject(
                "SELECT MAX(id) FROM submission WHERE department_name = ? AND fiscal_year = 2023", Long.class, A)));
        ofA.put("against", ofA.get("submissionId"));
        uploadRoute = uploadThroughThePortal();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** The sample uploaded by A through the portal's upload route, if one is mapped; @return the route, or null */
    private static String uploadThroughThePortal() throws Exception {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mappings().getHandlerMethods().entrySet()) {
            for (MethodParameter parameter : route.getValue().getMethodParameters()) {
                parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                if (!isFile(parameter)) {
                    continue;
                }
                String path = route.getKey().getPatternValues().iterator().next();
                PortalHttp a = signedIn("a");
                String boundary = "----route" + System.nanoTime();
                byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name(parameter)
                        + "\"; filename=\"" + A_FILE + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] tail = ("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + a.csrf() + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
                byte[] file = Files.readAllBytes(Samples.MIYI_XLSX);
                byte[] body = new byte[head.length + file.length + tail.length];
                System.arraycopy(head, 0, body, 0, head.length);
                System.arraycopy(file, 0, body, head.length, file.length);
                System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
                HttpResponse<String> uploaded = a.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
                assertThat(uploaded.statusCode()).as("A's upload through " + path).isLessThan(400);
                ofA.put("uploadId", String.valueOf(server.jdbc().queryForObject(
                        "SELECT MAX(id) FROM portal_upload WHERE department_name = ?", Long.class, A)));
                return path;
            }
        }
        return null;
    }

    @Test
    void departmentBGetsNoneOfDepartmentAsObjectsOnAnyRoute() throws Exception {
        Checked checked = check();
        assertThat(checked.violations()).isEmpty();
        assertThat(checked.routes()).as("routes read from the handler mapping").contains("GET /login", "POST /password");
        System.out.println("RouteIsolationTest: " + checked.routes().size() + " routes, " + checked.requests()
                + " requests as B; upload route: " + uploadRoute + "; object routes: " + checked.objectRoutes());
    }

    /** The check itself must be able to fail: a leaky route, an unknown parameter, and a guarded route beside them. */
    @Test
    void aLeakyRouteAndAnUnknownParameterAreCaught() throws Exception {
        RequestMappingHandlerMapping mappings = mappings();
        RequestMappingInfo.BuilderConfiguration options = mappings.getBuilderConfiguration();
        Fixture fixture = new Fixture(server.jdbc());
        RequestMappingInfo leaky = RequestMappingInfo.paths("/test-only/leaky/{submissionId}")
                .methods(RequestMethod.GET).options(options).build();
        RequestMappingInfo unknown = RequestMappingInfo.paths("/test-only/unknown").methods(RequestMethod.GET)
                .options(options).build();
        RequestMappingInfo guarded = RequestMappingInfo.paths("/test-only/guarded/{submissionId}")
                .methods(RequestMethod.GET).options(options).build();
        mappings.registerMapping(leaky, fixture, Fixture.class.getMethod("leaky", long.class));
        mappings.registerMapping(unknown, fixture, Fixture.class.getMethod("unknown", String.class));
        mappings.registerMapping(guarded, fixture, Fixture.class.getMethod("guarded", PortalUser.class, long.class));
        try {
            List<String> violations = check().violations();
            assertThat(violations).anySatisfy(v -> assertThat(v)
                    .startsWith("GET /test-only/leaky/" + ofA.get("submissionId") + " as B: 200"));
            assertThat(violations).anySatisfy(v -> assertThat(v)
                    .startsWith("GET /test-only/unknown: parameter mystery"));
            assertThat(violations).noneSatisfy(v -> assertThat(v).contains("/test-only/guarded/"));
        } finally {
            mappings.unregisterMapping(leaky);
            mappings.unregisterMapping(unknown);
            mappings.unregisterMapping(guarded);
        }
    }

    /** Test-only handlers, mapped and unmapped by the test itself (never scanned). */
    public static final class Fixture {
        private final JdbcTemplate jdbc;

        Fixture(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @ResponseBody
        public String leaky(@PathVariable("submissionId") long submissionId) {
            return jdbc.queryForObject("SELECT department_name FROM submission WHERE id = ?", String.class, submissionId);
        }

        @ResponseBody
        public String unknown(@RequestParam("mystery") String mystery) {
            return mystery;
        }

        /** How a route must do it: the department of the object, on the server, asked of the signed-in user. */
        @ResponseBody
        public String guarded(PortalUser me, @PathVariable("submissionId") long submissionId) {
            String department;
            try {
                department = jdbc.queryForObject("SELECT department_name FROM submission WHERE id = ?", String.class,
                        submissionId);
            } catch (EmptyResultDataAccessException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            if (!me.maySee(department)) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            return department;
        }
    }

    private record Checked(List<String> violations, List<String> routes, List<String> objectRoutes, int requests) {
    }

    /** Every route, every method: B asks for A's objects, then for objects that do not exist; A asks for its own. */
    private static Checked check() throws Exception {
        List<String> violations = new ArrayList<>();
        List<String> routes = new ArrayList<>();
        List<String> objectRoutes = new ArrayList<>();
        int requests = 0;
        PortalHttp b = signedIn("b");
        for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mappings().getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = route.getKey().getMethodsCondition().getMethods();
            List<String> verbs = new ArrayList<>();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                verbs.add("GET");
            }
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                verbs.add("POST");
            }
            for (String pattern : route.getKey().getPatternValues()) {
                Set<String> variables = variables(pattern);
                Set<String> parameters = parameters(route.getValue());
                Set<String> unknown = new LinkedHashSet<>();
                for (String name : union(variables, parameters)) {
                    if (!REFERENCES.contains(name) && !PLAIN.containsKey(name)) {
                        unknown.add(name);
                    }
                }
                for (String verb : verbs) {
                    routes.add(verb + " " + pattern);
                    if (!unknown.isEmpty()) {
                        violations.add(verb + " " + pattern + ": parameter " + String.join(", ", unknown)
                                + " unknown to RouteIsolationTest: add it to REFERENCES or PLAIN");
                        continue;
                    }
                    if (union(variables, parameters).stream().noneMatch(REFERENCES::contains)) {
                        continue;
                    }
                    objectRoutes.add(verb + " " + pattern);
                    for (String name : union(variables, parameters)) {
                        if (REFERENCES.contains(name) && !ofA.containsKey(name)) {
                            violations.add(verb + " " + pattern + ": no value of A for " + name
                                    + " (no upload route found to make an upload of A?)");
                        }
                    }
                    if (violations.stream().anyMatch(v -> v.startsWith(verb + " " + pattern + ": no value"))) {
                        continue;
                    }
                    HttpResponse<String> asB = request(b, verb, pattern, variables, parameters, ofA);
                    requests++;
                    if (asB.statusCode() != 403 && asB.statusCode() != 404) {
                        violations.add(verb + " " + asB.request().uri().getRawPath() + " as B: " + asB.statusCode()
                                + " (must be 403)");
                    }
                    Map<String, String> missing = new LinkedHashMap<>(ofA);
                    missing.put("uploadId", String.valueOf(MISSING_ID));
                    missing.put("submissionId", String.valueOf(MISSING_ID));
                    missing.put("against", String.valueOf(MISSING_ID));
                    missing.put("fileName", "没有这个文件.xlsx");
                    HttpResponse<String> nothing = request(b, verb, pattern, variables, parameters, missing);
                    requests++;
                    if (nothing.statusCode() != 403 && nothing.statusCode() != 404) {
                        violations.add(verb + " " + nothing.request().uri().getRawPath() + " as B for nothing: "
                                + nothing.statusCode() + " (must be 404 or 403)");
                    }
                    if (verb.equals("GET")) { // the owner is let in: B's 403 is about B, not a broken request
                        PortalHttp owner = signedIn(pattern.startsWith("/bureau/") ? "bureau" : "a");
                        HttpResponse<String> own = request(owner, verb, pattern, variables, parameters, ofA);
                        if (own.statusCode() == 403 || own.statusCode() >= 500) {
                            violations.add(verb + " " + own.request().uri().getRawPath() + " as its owner: "
                                    + own.statusCode() + " (the owner must get it; is the value of A right?)");
                        }
                    }
                }
            }
        }
        return new Checked(violations, routes, objectRoutes, requests);
    }

    private static HttpResponse<String> request(PortalHttp http, String verb, String pattern, Set<String> variables,
                                                Set<String> parameters, Map<String, String> values) throws Exception {
        String path = pattern;
        for (String variable : variables) {
            path = path.replaceAll("\\{\\*?" + Pattern.quote(variable) + "(:[^}]*)?}",
                    Matcher.quoteReplacement(UriUtils.encodePathSegment(value(variable, values), StandardCharsets.UTF_8)));
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String parameter : parameters) {
            if (!variables.contains(parameter)) {
                form.put(parameter, value(parameter, values));
            }
        }
        if (verb.equals("POST")) {
            return http.post(path, form, true);
        }
        String query = form.entrySet().stream().map(e -> UriUtils.encodeQueryParam(e.getKey(), StandardCharsets.UTF_8)
                + "=" + UriUtils.encodeQueryParam(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.get(query.isEmpty() ? path : path + "?" + query);
    }

    private static String value(String name, Map<String, String> values) {
        return REFERENCES.contains(name) ? values.get(name) : PLAIN.get(name);
    }

    /** {@code {name}}, {@code {name:regex}}, {@code {*name}} of a pattern. */
    private static Set<String> variables(String pattern) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\{\\*?([A-Za-z0-9_]+)(:[^}]*)?}").matcher(pattern);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * What a handler reads from the request: @PathVariable, @RequestParam, @RequestPart names, the plain-typed
     * parameters bound by name, and the properties of a form object; not the infrastructure Spring or the portal
     * fills (the signed-in user, the model, the request …).
     */
    private static Set<String> parameters(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class) || parameter.hasParameterAnnotation(RequestParam.class)
                    || parameter.hasParameterAnnotation(RequestPart.class)) {
                if (!isFile(parameter) && !Map.class.isAssignableFrom(type)) {
                    names.add(name(parameter));
                }
            } else if (BeanUtils.isSimpleProperty(type)) {
                names.add(name(parameter));
            } else if (!infrastructure(type) && !isFile(parameter)) {
                for (var property : BeanUtils.getPropertyDescriptors(type)) {
                    if (property.getWriteMethod() != null) {
                        names.add(property.getName());
                    }
                }
                if (type.isRecord()) {
                    for (var component : type.getRecordComponents()) {
                        names.add(component.getName());
                    }
                }
            }
        }
        return names;
    }

    private static boolean infrastructure(Class<?> type) {
        String name = type.getName();
        return type == PortalUser.class || name.startsWith("jakarta.servlet.") || name.startsWith("org.springframework.")
                || name.startsWith("java.") || type.isInterface() && name.startsWith("org.springframework");
    }

    private static boolean isFile(MethodParameter parameter) {
        ResolvableType type = ResolvableType.forMethodParameter(parameter);
        return MultipartFile.class.isAssignableFrom(type.toClass())
                || type.isArray() && MultipartFile.class.isAssignableFrom(type.getComponentType().toClass())
                || Collection.class.isAssignableFrom(type.toClass())
                && MultipartFile.class.isAssignableFrom(type.asCollection().getGeneric(0).toClass());
    }

    private static String name(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        String given = variable != null ? first(variable.name(), variable.value())
                : param != null ? first(param.name(), param.value()) : part != null ? first(part.name(), part.value()) : "";
        return given.isEmpty() ? parameter.getParameterName() : given;
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static RequestMappingHandlerMapping mappings() {
        return server.context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    }

    private static PortalHttp signedIn(String username) throws Exception {
        PortalHttp http = new PortalHttp(server);
        assertThat(PortalHttp.location(http.login(username, PASSWORD))).isEqualTo("/");
        return http;
    }
}
