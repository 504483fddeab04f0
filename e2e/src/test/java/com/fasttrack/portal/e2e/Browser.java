package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's headless Chromium driven by Selenium; never downloads a browser or a driver. Closing it fails the
 * journey if the browser's console reported a Content-Security-Policy violation on any page it visited.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    /** Where this browser saves downloads. */
    final Path downloads;
    private final WebDriverWait wait;

    private Browser(WebDriver driver, Path downloads) {
        this.downloads = downloads;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Skips the calling test where Chromium is missing, except on CI, where a missing browser is a failure. */
    static void assumeAvailable() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium or ChromeDriver is missing: "
                    + "apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium not installed (apt-get install -y chromium chromium-driver)");
    }

    static Browser open() {
        Path downloads;
        try {
            downloads = Files.createTempDirectory("e2e-downloads");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900");
        // the console, to find Content-Security-Policy violations when the browser closes
        options.setCapability("goog:loggingPrefs", java.util.Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), downloads);
    }

    WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    WebElement waitForClickable(By locator) {
        waitForVaadin();
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        // a long page (many tabs, a tall form) may leave the element under a sticky part at the viewport's edge
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    /**
     * Waits until the Vaadin client has started and has no request in flight. Typing or clicking earlier can
     * be lost: the client may not yet listen to the element the browser already shows.
     */
    void waitForVaadin() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || document.readyState !== 'complete') { return false; }
                const clients = Object.values(flow.clients);
                return clients.length > 0 && clients.every(client => !client.isActive());"""));
    }

    void waitForUrlContaining(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    void login(String email, String password) {
        waitFor("vaadin-login-form");
        waitFor("#vaadinLoginUsername input").sendKeys(email);
        WebElement passwordField = waitFor("#vaadinLoginPassword input");
        passwordField.sendKeys(password);
        passwordField.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    /** All text of the page, including what web components render in their shadow roots. */
    String deepText() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const walk = (node) => {
                  let text = '';
                  if (node.shadowRoot) { text += walk(node.shadowRoot); }
                  for (const child of node.childNodes) {
                    if (child.nodeType === Node.TEXT_NODE) { text += child.textContent + ' '; }
                    else { text += walk(child); }
                  }
                  return text;
                };
                return walk(document.body);""");
    }

    @Override
    public void close() {
        List<String> violations;
        try {
            violations = cspViolations();
        } finally {
            driver.quit();
        }
        if (!violations.isEmpty()) {
            throw new AssertionError("The browser refused content under the Content-Security-Policy:\n"
                    + String.join("\n", violations));
        }
    }

    /** What the console said about the Content-Security-Policy since the browser opened (reading empties it). */
    List<String> cspViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    /** Clicks the first element of the tag (searched through shadow roots) whose text contains the words. */
    boolean clickDeep(String tag, String text) {
        Object clicked = ((JavascriptExecutor) driver).executeScript("""
                const find = (root) => {
                  for (const el of root.querySelectorAll('*')) {
                    if (el.tagName.toLowerCase() === arguments[0] && el.textContent.includes(arguments[1])
                        && el.getClientRects().length > 0) {
                      return el;
                    }
                    if (el.shadowRoot) { const inner = find(el.shadowRoot); if (inner) { return inner; } }
                  }
                  return null;
                };
                const item = find(document);
                if (item) { item.click(); return true; }
                return false;""", tag, text);
        return Boolean.TRUE.equals(clicked);
    }
}
