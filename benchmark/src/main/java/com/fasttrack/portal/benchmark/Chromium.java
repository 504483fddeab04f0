package com.fasttrack.portal.benchmark;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.time.Duration;
import java.util.Map;

/**
 * Debian's headless Chromium driven by Selenium, as e2e's Browser does (never downloads a browser or a driver).
 * For the heap figures it opens many tabs, each signed in as a session of its own.
 */
final class Chromium implements AutoCloseable {

    final ChromeDriver driver;
    private final WebDriverWait wait;

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    static Chromium open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,900", "--disable-renderer-backgrounding",
                "--disable-background-timer-throttling");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new Chromium(new ChromeDriver(service, options));
    }

    /**
     * Opens a new tab with the cookies forgotten, so that signing in there makes a session of its own. The tabs
     * opened before keep their sessions: their push connections were made with their own cookie, and the benchmark
     * reads the heap before their first heartbeat (5 minutes) would carry another session's cookie.
     */
    String newSessionTab() {
        // all of the browser's cookies, whatever page the current tab shows (deleteAllCookies is per page)
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.switchTo().newWindow(WindowType.TAB);
        return driver.getWindowHandle();
    }

    void signIn(Portal portal, String email) {
        driver.get(portal.url("/login"));
        waitFor("vaadin-login-form");
        waitFor("#vaadinLoginUsername input").sendKeys(email);
        WebElement password = waitFor("#vaadinLoginPassword input");
        password.sendKeys("fasttrack-demo");
        password.sendKeys(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Until the Vaadin client has started and has no request in flight. */
    void waitForVaadin() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients || document.readyState !== 'complete') { return false; }
                const clients = Object.values(flow.clients);
                return clients.length > 0 && clients.every(client => !client.isActive());"""));
    }

    /** Clicks the first visible element of the tag (searched through shadow roots) whose text holds the words. */
    boolean clickDeep(String tag, String text) {
        Object clicked = driver.executeScript("""
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

    @Override
    public void close() {
        driver.quit();
    }
}
