package org.juesuan.web.department;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.juesuan.cli.JuesuanCli;
import org.juesuan.support.PortalBrowser;
import org.juesuan.support.PortalServer;
import org.juesuan.support.Samples;
import org.juesuan.web.account.PortalRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The portal in headless Chromium against the real MariaDB: the audit page shows exactly the findings of
 * {@code check --format json} on the same file, and the season's story from upload to the bureau's 退回.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalStoryTest {

    private static final String PASSWORD = "Miyi-2023-secret";
    private static final String BUREAU_PASSWORD = "Caizheng-2023-secret";

    PortalServer server;

    @BeforeAll
    void start() throws Exception {
        server = PortalServer.start();
        server.addReady("miyi", PortalRole.DEPARTMENT, Samples.MIYI, PASSWORD);
        server.addReady("miyi2", PortalRole.DEPARTMENT, Samples.MIYI, PASSWORD);
        server.addReady("caizheng", PortalRole.BUREAU, null, BUREAU_PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
    }

    /** Logs in and waits until the portal has answered the login form (a page other than /login). */
    private static void signIn(PortalBrowser browser, String username, String password) {
        browser.login(username, password);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !browser.path().startsWith("/login"));
    }

    private static void upload(PortalBrowser browser) {
        browser.open("/department/uploads");
        browser.find("#files").sendKeys(Samples.MIYI_XLSX.toAbsolutePath().toString());
        browser.click("#upload");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> browser.path().matches(
                "/department/uploads/\\d+") || !d.findElements(By.id("refusal")).isEmpty());
        assertThat(browser.path()).as(browser.pageText()).matches("/department/uploads/\\d+");
    }

    @Test
    void theAuditPageShowsByteForByteTheFindingsOfCheck() throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = JuesuanCli.execute("check", "--format", "json", Samples.MIYI_XLSX.toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(exit).isEqualTo(1);
        JsonNode check = new ObjectMapper().readTree(captured.toString(StandardCharsets.UTF_8));
        List<String> expected = new ArrayList<>();
        for (JsonNode f : check.get("findings")) {
            List<String> cells = new ArrayList<>();
            f.get("cells").forEach(c -> cells.add(c.get("file").asText() + " › " + c.get("sheet").asText() + " › "
                    + c.get("cell").asText()));
            expected.add(f.get("ruleId").asText() + " | " + String.join("; ", cells) + " | " + f.get("message").asText());
        }
        assertThat(expected).isNotEmpty();

        try (PortalBrowser browser = new PortalBrowser(server)) {
            signIn(browser, "miyi2", PASSWORD);
            upload(browser);
            assertThat(browser.text("#status")).isEqualTo("审核不通过");
            List<WebElement> shown = browser.driver().findElements(By.cssSelector(".finding"));
            String[] byNumber = new String[shown.size()];
            for (WebElement f : shown) {
                int no = Integer.parseInt(f.getAttribute("data-no"));
                assertThat(byNumber[no - 1]).as("finding %d shown twice", no).isNull();
                byNumber[no - 1] = f.getAttribute("data-rule") + " | " + f.getAttribute("data-cells") + " | "
                        + f.findElement(By.cssSelector(".message")).getAttribute("textContent");
            }
            // every finding once, numbered in check's order, with check's code, cells and text to the byte
            assertThat(List.of(byNumber)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aDepartmentUploadsSubmitsAndReadsTheBureausReturn() throws Exception {
        String message = "人员经费与公用经费之和与基本支出不符，请核对后重新上报";
        try (PortalBrowser department = new PortalBrowser(server)) {
            signIn(department, "miyi", PASSWORD);
            upload(department);
            assertThat(department.text("#status")).isEqualTo("审核不通过");
            // the 米易 contradiction: 人员经费 727.07 + 公用经费 55.02 = 782.09 ≠ 基本支出 757.09 (samples' .expected.csv)
            WebElement finding = department.driver().findElements(By.cssSelector(".finding")).stream()
                    .filter(f -> f.getAttribute("data-rule").equals("T05-ROW-BASIC")).findFirst().orElseThrow();
            assertThat(finding.findElement(By.cssSelector(".message")).getText())
                    .contains("基本支出 = 人员经费 + 公用经费").contains("757.09").contains("782.09");
            assertThat(finding.findElements(By.cssSelector(".cells li")).stream().map(WebElement::getText).toList())
                    .containsExactly(Samples.MIYI + "-2023.xlsx › 财政拨款支出决算明细表 › F8",
                            Samples.MIYI + "-2023.xlsx › 财政拨款支出决算明细表 › G8",
                            Samples.MIYI + "-2023.xlsx › 财政拨款支出决算明细表 › H8");
            List<String> marked = finding.findElements(By.cssSelector("table.window td.marked")).stream()
                    .map(WebElement::getText).toList();
            assertThat(marked).hasSize(3).contains("757.09", "727.07", "55.02");

            byte[] annotated = download(department, department.find("#download-annotated").getAttribute("href"));
            try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(annotated))) {
                assertThat(book.getSheetName(0)).isEqualTo("审核结果");
                Sheet sheet = book.getSheet("财政拨款支出决算明细表");
                for (String a1 : List.of("F8", "G8", "H8")) {
                    CellReference ref = new CellReference(a1);
                    Cell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
                    assertThat(cell.getCellStyle().getFillForegroundColor()).as(a1)
                            .isEqualTo(IndexedColors.ROSE.getIndex());
                    assertThat(cell.getCellComment().getString().getString()).as(a1).contains("基本支出 = 人员经费 + 公用经费");
                }
            }

            department.type("#note", "数字以局务会审定的决算为准");
            department.click("#file");
            assertThat(department.path()).isEqualTo("/department/history");
            assertThat(department.text("#notice")).startsWith("已上报");
        }

        try (PortalBrowser bureau = new PortalBrowser(server)) {
            signIn(bureau, "caizheng", BUREAU_PASSWORD);
            bureau.open("/bureau/season");
            assertThat(bureau.path()).isEqualTo("/bureau/season/2023");
            WebElement row = bureau.find("tr.season-row[data-department='" + Samples.MIYI + "']");
            assertThat(row.findElement(By.cssSelector(".state")).getText()).isIn("已上报待审", "审核不通过");
            assertThat(row.findElement(By.cssSelector(".state")).getText()).isEqualTo("审核不通过"); // ERRORs loaded
            assertThat(Integer.parseInt(row.findElement(By.cssSelector(".errors")).getText())).isPositive();
            bureau.follow(row.findElement(By.cssSelector(".department a")));
            assertThat(bureau.path()).matches("/bureau/submissions/\\d+");
            assertThat(bureau.pageText()).contains("数字以局务会审定的决算为准");
            bureau.type("#message", message);
            bureau.click("#return");
            assertThat(bureau.text("#notice")).startsWith("已退回");
            assertThat(bureau.text("#state")).isEqualTo("已退回");
            bureau.open("/bureau/season/2023?state=RETURNED");
            assertThat(bureau.driver().findElements(By.cssSelector("tr.season-row")).stream()
                    .map(r -> r.getAttribute("data-department")).toList()).containsExactly(Samples.MIYI);
        }

        try (PortalBrowser department = new PortalBrowser(server)) {
            signIn(department, "miyi", PASSWORD);
            department.open("/department/history");
            assertThat(department.path()).as(department.pageText()).isEqualTo("/department/history");
            assertThat(department.driver().findElements(By.cssSelector("#replies .reply-message")).stream()
                    .map(WebElement::getText).toList()).contains(message);
            assertThat(department.text("#states .state")).isEqualTo("已退回");
        }
        assertThat(server.jdbc().queryForList("SELECT action FROM portal_audit_log WHERE username IN ('miyi', 'caizheng') "
                + "ORDER BY id", String.class)).contains("UPLOAD", "DOWNLOAD", "SUBMIT", "RETURN");
    }

    /** The link's file, fetched with the browser's own session (what a click would save). */
    private byte[] download(PortalBrowser browser, String href) throws Exception {
        String cookies = browser.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        return response.body();
    }
}
