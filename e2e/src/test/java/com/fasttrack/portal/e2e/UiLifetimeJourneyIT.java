package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A browser gives back the Vaadin UIs it no longer shows, counted by the portal's own gauges
 * ({@code portal_ui_open}, {@code portal_sessions_open} on the management port): after sign-in, full page loads and
 * a reload one UI is left for the one session; a closed tab's UI goes at once by the unload beacon; a tab that
 * vanished without a beacon goes when its heartbeats stop (here a 5-second heartbeat, so within about 20 s; the
 * portal's own 15-second heartbeat closes it within a minute), and its viewer leaves "Also viewing".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiLifetimeJourneyIT {

    private static final String PASSWORD = "fasttrack-demo";
    private static final String ENGAGEMENT = "Move the retail platform to Azure";
    private static final Pattern GAUGE = Pattern.compile("(?m)^(portal_\\w+)\\{[^}]*} ([0-9.E+-]+)$");

    private PortalProcess portal;
    private int managementPort;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        Browser.assumeAvailable();
        managementPort = PortalProcess.freePort();
        portal = PortalProcess.start(List.of("--management.server.port=" + managementPort,
                "--vaadin.heartbeatInterval=5",
                // the log tells which UIs the beacon closed and which the sweep did
                "--logging.level.com.fasttrack.portal.operations.OpenUis=DEBUG",
                "--logging.level.com.vaadin.flow.server.communication.ServerRpcHandler=DEBUG"));
        // the start-up probes' GET /login made sessions and UIs that never send a heartbeat; they go first
        await("the start-up probes' UIs are closed").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> gauge("portal_ui_open") == 0);
    }

    @AfterAll
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    void signInPageLoadsAndAReloadLeaveOneUiAndAClosedTabGivesItsUiBack() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.driver.get(portal.url("/login"));
            browser.login("priya.raman@fasttrack.example", PASSWORD);
            await().atMost(Duration.ofSeconds(30)).until(() -> !browser.driver.getCurrentUrl().contains("/login"));
            browser.waitForVaadin();
            for (String path : List.of("/engagements", "/", "/engagements")) {
                browser.driver.get(portal.url(path));
                browser.waitForVaadin();
            }
            browser.driver.navigate().refresh();
            browser.waitForVaadin();

            // the unload beacons close the old UIs at once; one whose beacon was lost goes with its missed heartbeats
            await("one UI for the one session").atMost(Duration.ofSeconds(25)).pollInterval(Duration.ofMillis(200))
                    .until(() -> gauge("portal_ui_open") == 1);
            assertThat(browser.driver.manage().getCookies()).filteredOn(c -> c.getName().equals("JSESSIONID"))
                    .hasSize(1);

            String first = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(WindowType.TAB);
            browser.driver.get(portal.url("/"));
            browser.waitForVaadin();
            await().atMost(Duration.ofSeconds(5)).until(() -> gauge("portal_ui_open") == 2);
            browser.driver.close();
            browser.driver.switchTo().window(first);
            // at once by its beacon; should the browser lose the beacon (seen now and then), by its missed heartbeats:
            // the beacon itself is proven on its own below, where no browser can lose it
            await("the closed tab's UI is given back").atMost(Duration.ofSeconds(25))
                    .pollInterval(Duration.ofMillis(200)).until(() -> gauge("portal_ui_open") == 1);
        }
    }

    @Test
    void theUnloadBeaconClosesItsUiAtOnce() throws Exception {
        await("no UI open").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> gauge("portal_ui_open") == 0);
        HttpClient session = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String login = session.send(HttpRequest.newBuilder(URI.create(portal.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the login page's CSRF token").isTrue();
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(portal.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=priya.raman%40fasttrack.example&password="
                        + PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1),
                        java.nio.charset.StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        // the request the Vaadin client makes to open a page: it builds the UI and the view
        String init = session.send(HttpRequest.newBuilder(URI.create(portal.url("/?v-r=init&location=engagements&query=")))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher ui = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"").matcher(init);
        assertThat(ui.find() && key.find()).as("a UI in the init answer").isTrue();
        assertThat(gauge("portal_ui_open")).isEqualTo(1);

        // what the client sends when its page goes away
        HttpResponse<String> beacon = session.send(HttpRequest.newBuilder(URI.create(portal.url("/?v-r=uidl&v-uiId="
                        + ui.group(1)))).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + key.group(1)
                        + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0,\"UNLOAD\":true}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(beacon.statusCode()).isEqualTo(200);
        // long before any heartbeat could be missed (5 s here)
        await("the beacon's UI is closed").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> gauge("portal_ui_open") == 0);
    }

    @Test
    void aTabThatVanishedWithoutABeaconIsClosedWhenItsHeartbeatsStopAndItsViewerLeaves() throws Exception {
        try (Browser engineer = Browser.open(); Browser customer = Browser.open()) {
            engineer.driver.get(portal.url("/engagements"));
            engineer.login("priya.raman@fasttrack.example", PASSWORD);
            engineer.waitFor("vaadin-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> !engineer.driver.findElements(
                    By.linkText(ENGAGEMENT)).isEmpty());
            engineer.driver.findElement(By.linkText(ENGAGEMENT)).click();
            engineer.waitFor("#engagement-title");
            String path = URI.create(engineer.driver.getCurrentUrl()).getPath();

            customer.driver.get(portal.url(path));
            customer.login("zoe.angstrom@contoso.example", PASSWORD);
            customer.waitFor("#engagement-title");
            await("the customer sees the engineer").atMost(Duration.ofSeconds(15))
                    .until(() -> customer.deepText().contains("Also viewing: Priya Raman"));
            await("only the two open pages' UIs").atMost(Duration.ofSeconds(25))
                    .until(() -> gauge("portal_ui_open") == 2);

            // the engineer's browser goes away without a beacon: the page can no longer send one, nor heartbeats
            ((JavascriptExecutor) engineer.driver).executeScript(
                    "navigator.sendBeacon = () => true; window.Vaadin.Flow.clients = {};");
            engineer.driver.get("about:blank");

            await("the vanished tab's UI is closed after its missed heartbeats").atMost(Duration.ofSeconds(40))
                    .pollInterval(Duration.ofMillis(500)).until(() -> gauge("portal_ui_open") == 1);
            await("the engineer leaves 'Also viewing'").atMost(Duration.ofSeconds(10))
                    .until(() -> !viewersShown(customer).contains("Priya Raman"));
        }
    }

    /** The badge's text while it is shown (a hidden component keeps its last text in the page: Vaadin sends no more). */
    private static String viewersShown(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("""
                const badge = document.getElementById('engagement-viewers');
                return badge == null || badge.hidden ? '' : badge.textContent;""");
    }

        private double gauge(String name) throws IOException, InterruptedException {
        HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + managementPort + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        List<Double> values = new ArrayList<>();
        Matcher matcher = GAUGE.matcher(scrape.body());
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                values.add(Double.parseDouble(matcher.group(2)));
            }
        }
        assertThat(values).as(name).hasSize(1);
        return values.getFirst();
    }
}
