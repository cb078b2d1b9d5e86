package io.orgkit.app.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One headless Chromium from Debian's packages ({@code /usr/bin/chromium} with {@code /usr/bin/chromedriver}), driven by
 * Selenium WebDriver, for a test class: never a browser a tool downloads. On a machine without them the class is
 * skipped, loudly; under CI ({@code CI=true}, where {@code .ci/run} installs them) it fails instead.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** axe-core, installed from the npm registry by org-ui's build (its devDependencies). */
    static final Path AXE = Path.of("..", "org-impl", "ui", "node_modules", "axe-core", "axe.min.js");
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** {@code -Dorgkit.screenshots.write=true} also copies each screenshot into docs/screenshots (committed). */
    private static final Path DOCS_SHOTS = Path.of("..", "docs", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
        // A page that re-renders (a reload, a list loaded again) may replace an element between finding and using it.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    static Browser start(String base) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "BROWSER TESTS SKIPPED: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing; install them with "
                    + "`apt-get install -y chromium chromium-driver` (.ci/run does)";
            System.err.println(message);
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            Assumptions.abort(message);
        }
        Path profile = Files.createTempDirectory("orgkit-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        // The browser's console, read for Content-Security-Policy refusals (see assertNoPolicyViolations).
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile, base);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    void openUrl(String url) {
        driver.get(url);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Forgets the session cookie (a new person at the same browser). */
    void signOutByForgetting() {
        driver.manage().deleteAllCookies();
    }

    WebElement named(String name) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(name)));
    }

    void type(String name, String text) {
        WebElement field = named(name);
        field.clear();
        field.sendKeys(text);
    }

    void choose(String name, String visibleText) {
        new Select(named(name)).selectByVisibleText(visibleText);
    }

    void chooseIn(By select, String visibleText) {
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(select))).selectByVisibleText(visibleText);
    }

    void press(String buttonText) {
        click(button(buttonText));
    }

    /** Clicks, once more if the page re-rendered the element between finding and clicking it. */
    void click(By locator) {
        try {
            wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
        }
    }

    /** The button with this text in the table row that mentions {@code rowText}. */
    static By buttonInRow(String rowText, String buttonText) {
        return By.xpath("//tr[td[normalize-space()=" + xpathLiteral(rowText) + "]]//button[normalize-space()="
                + xpathLiteral(buttonText) + "]");
    }

    static By button(String text) {
        return By.xpath("//button[normalize-space()=" + xpathLiteral(text) + "]");
    }

    static By link(String text) {
        return By.xpath("//a[normalize-space()=" + xpathLiteral(text) + "]");
    }

    void follow(String linkText) {
        wait.until(ExpectedConditions.elementToBeClickable(link(linkText))).click();
    }

    void awaitText(String text) {
        try {
            wait.until(d -> bodyText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the page never said \"" + text + "\"; it says:\n" + bodyText(), e);
        }
    }

    void awaitPath(String path) {
        try {
            wait.until(d -> path().equals(path));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("never reached " + path + ", still at " + driver.getCurrentUrl() + ":\n" + bodyText(), e);
        }
    }

    String bodyText() {
        Object text = driver.executeScript("return document.body ? document.body.innerText : '';");
        return text == null ? "" : text.toString();
    }

    boolean present(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    /**
     * Nothing the pages did since the last call was refused by their Content-Security-Policy (an inline script or
     * style, another origin): Chromium reports each refusal on the console.
     */
    void assertNoPolicyViolations() {
        List<String> refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertEquals(List.of(), refused, "the pages' own policy refused something");
    }

    /** Resizes the window's viewport (a phone is 390 CSS pixels wide). */
    void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The page fits its width: nothing scrolls sideways. */
    void assertNoSidewaysScroll() {
        Number overflow = (Number) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, "the page scrolls sideways by " + overflow + " px at this width");
    }

    /**
     * Runs axe-core in the page (WebDriver's script runs beside the page's own policy, which allows no inline script)
     * and fails on any serious or critical violation, naming each rule and the elements it found.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible(String page) {
        JavascriptExecutor js = driver;
        try {
            js.executeScript(Files.readString(AXE));
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is installed by org-ui's build: " + AXE, e);
        }
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                + "id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)}))),"
                + " e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes"))
                .toList();
        assertEquals(List.of(), serious, "axe-core on " + page);
    }

    /** A PNG of the viewport into target/screenshots (and docs/screenshots when asked). */
    void screenshot(String name) {
        try {
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SHOTS);
            Files.write(SHOTS.resolve(name + ".png"), png);
            if (Boolean.getBoolean("orgkit.screenshots.write")) {
                Files.createDirectories(DOCS_SHOTS);
                Files.write(DOCS_SHOTS.resolve(name + ".png"), png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
