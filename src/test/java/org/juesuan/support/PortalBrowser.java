package org.juesuan.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver (both from /usr/bin, installed by .ci/run), with a
 * fresh profile of its own, against a {@link PortalServer}. No Selenium Manager, no network beyond the portal.
 */
public final class PortalBrowser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final PortalServer server;
    private final Path profile;
    private final ChromeDriver driver;

    public PortalBrowser(PortalServer server) throws IOException {
        this(server, null);
    }

    /** @param downloads where downloads go (null: none expected) */
    public PortalBrowser(PortalServer server, Path downloads) throws IOException {
        this.server = server;
        this.profile = Files.createTempDirectory("juesuan-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--user-data-dir=" + profile);
        if (downloads != null) {
            options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the portal. */
    public PortalBrowser open(String path) {
        driver.get(server.url(path));
        return this;
    }

    /** The path (and query) the browser is on now. */
    public String path() {
        String url = driver.getCurrentUrl();
        String base = server.url("");
        return url.startsWith(base) ? "/" + url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public String text(String css) {
        return find(css).getText();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public PortalBrowser type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks a button or link that loads a page, and returns once that page has replaced this one. */
    public PortalBrowser click(String css) {
        return follow(find(css));
    }

    /**
     * A click returns as soon as the browser has the event, not when the next page is there: reading the URL at once
     * can still see the old page (seen under load on the login form). The old page is marked by a script variable and
     * the wait ends when a page without the mark has loaded. Waiting for the old element to go stale instead failed
     * on CI: Chromium answered for a node of the closing document with an inspector error, not a stale reference.
     */
    public PortalBrowser follow(WebElement element) {
        driver.executeScript("window.juesuanLeaving = true;");
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(driver.executeScript(
                        "return window.juesuanLeaving === undefined && document.readyState === 'complete';")));
        return this;
    }

    /** Fills in the login page and sends it. */
    public PortalBrowser login(String username, String password) {
        open("/login");
        type("#username", username).type("#password", password).click("#login");
        return this;
    }

    /** The first login: the one-time password, then the password page replacing it with {@code newPassword}. */
    public PortalBrowser loginFirstTime(String username, String initial, String newPassword) {
        login(username, initial);
        changePassword(initial, newPassword);
        return this;
    }

    public PortalBrowser changePassword(String current, String newPassword) {
        type("#current", current).type("#new-password", newPassword).type("#confirm", newPassword).click("#change");
        return this;
    }

    public PortalBrowser logout() {
        click("#logout");
        return this;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> all = Files.walk(profile)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
