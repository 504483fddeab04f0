package com.fasttrack.portal.benchmark;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Issue 14's benchmark: starts the packaged portal on the scale data set (twice: the first start seeds it, the
 * second is the one measured, as a restart on a full database), then measures each view for each role that uses it
 * in headless Chromium over loopback, the live heap per open session by forced-GC histograms, and writes one
 * markdown table. Bounded: a fixed number of loads per view, every wait has a deadline. Not a test; see the README,
 * "Benchmark", and decision record 022.
 */
public final class ScaleBenchmark {

    private static final Logger LOG = Logger.getLogger(ScaleBenchmark.class.getName());

    private static final String MANAGER = "morgan.lee@fasttrack.example";
    private static final String ENGINEER = "engineer01@scale.fasttrack.example";
    private static final String CUSTOMER = "customer0001@scale.example";
    private static final String PARTNER = "partner001@scale.example";
    private static final List<String> TABS = List.of("Overview", "Stakeholders", "Phase", "Check-ins", "Blockers",
            "Health", "Partners", "Backlog", "Activity");

    private final int loads = Integer.getInteger("benchmark.loads", 30);
    private final int sessions = Integer.getInteger("benchmark.sessions", 50);
    private final String views = System.getProperty("benchmark.views", "all");
    private final List<String> rows = new ArrayList<>();

    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        new ScaleBenchmark().run(Path.of(System.getProperty("portal.jar", "portal-ui/target/portal-ui.jar")),
                Path.of(System.getProperty("benchmark.work", "benchmark/target/work")),
                Path.of(System.getProperty("benchmark.out", "benchmark/target/benchmark.md")));
    }

    private void run(Path jar, Path work, Path out) throws Exception {
        long began = System.nanoTime();
        List<String> notes = new ArrayList<>();
        try (Portal portal = Portal.prepare(work)) {
            // an interrupted run (Ctrl-C) leaves no portal behind
            Thread stopper = new Thread(portal::stop, "portal-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            Duration firstStart = portal.start(jar, "first-start");
            String seeded = portal.awaitSeeded();
            notes.add("First start (seeds): first HTTP 200 after " + seconds(firstStart) + "; " + seeded);
            portal.stop();
            long restart = System.nanoTime();
            Duration secondStart = portal.start(jar, "second-start");
            String again = portal.awaitSeeded();
            notes.add("Second start (data in place): first HTTP 200 after " + Targets.startUp(secondStart.toMillis() / 1000.0)
                    + "; start-up data checks done after " + seconds(Duration.ofNanos(System.nanoTime() - restart))
                    + " (" + again + "; " + portal.logLine("Demo data:").replaceAll(".*(Demo data:)", "$1") + ")");
            String longId = longEngagement(portal);
            LogTail access = new LogTail(portal.accessLog());
            LogTail statements = new LogTail(portal.statementLog());
            try (Chromium browser = Chromium.open()) {
                for (List<Navigation> byUser : navigations(longId)) {
                    measureAll(browser, portal, access, statements, byUser);
                }
                if (views.equals("all") || views.contains("heap")) {
                    heapRows(browser, portal, longId);
                }
                if (views.equals("all") || views.contains("export")) {
                    exportRows(browser, portal, longId);
                }
            }
        }
        notes.add("Benchmark ran " + seconds(Duration.ofNanos(System.nanoTime() - began)) + "; " + loads
                + " loads per view after 3 warm-up loads, K = " + sessions + " sessions per heap figure.");
        String table = table(notes);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table);
        LOG.info(() -> "\n" + table + "\nWritten to " + out.toAbsolutePath());
    }

    /** The navigations, grouped by the user that makes them (one sign-in per group). */
    private List<List<Navigation>> navigations(String longId) {
        List<List<Navigation>> groups = new ArrayList<>();
        for (String[] user : List.of(new String[]{"Program manager", MANAGER}, new String[]{"Engineer", ENGINEER},
                new String[]{"Customer", CUSTOMER}, new String[]{"Partner", PARTNER})) {
            String role = user[0];
            String email = user[1];
            List<Navigation> group = new ArrayList<>();
            group.add(Navigation.load("Home", role, email, "/"));
            if (!role.equals("Partner")) {
                group.add(Navigation.load("Engagement list, first page", role, email, "/engagements"));
                if (!views.contains("quick")) {
                    group.add(Navigation.load("Engagement list, filter by phase", role, email,
                            "/engagements?phase=SOLUTION_ENABLEMENT"));
                    group.add(Navigation.then("Engagement list, sort by health", role, email, "/engagements",
                            browser -> browser.clickDeep("vaadin-grid-sorter", "Health")));
                    group.add(Navigation.load("Engagement list, text search", role, email, "/engagements?q=payments"));
                }
            }
            if (!views.contains("quick") && (role.equals("Customer") || role.equals("Engineer"))) {
                for (String tab : TABS) {
                    group.add(Navigation.load("Long engagement, " + tab + " tab", role, email,
                            "/engagements/" + longId + "?tab=" + tab));
                }
            }
            if (!views.contains("quick") && role.equals("Program manager")) {
                group.add(Navigation.load("Partners page", role, email, "/partners"));
            }
            if (!views.contains("quick") && role.equals("Engineer")) {
                group.add(Navigation.then("Bell opened", role, email, "/",
                        browser -> browser.driver.findElement(By.id("notification-bell")).click()));
            }
            groups.add(group);
        }
        return groups;
    }

    private void measureAll(Chromium browser, Portal portal, LogTail access, LogTail statements,
                            List<Navigation> navigations) {
        browser.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.signIn(portal, navigations.getFirst().email());
        for (Navigation navigation : navigations) {
            List<Double> millis = new ArrayList<>();
            List<Double> withLeaving = new ArrayList<>();
            List<Double> statementCounts = new ArrayList<>();
            List<Double> kilobytes = new ArrayList<>();
            List<Double> requests = new ArrayList<>();
            for (int i = -3; i < loads; i++) {
                if (navigation.action() != null) {
                    browser.driver.get(portal.url(navigation.path()));
                    browser.waitForVaadin();
                    Measurement.since(access, access.mark(), statements, statements.mark());
                }
                long a = access.mark();
                long s = statements.mark();
                if (navigation.action() == null) {
                    browser.driver.get(portal.url(navigation.path()));
                } else {
                    navigation.action().accept(browser);
                }
                browser.waitForVaadin();
                Measurement m = Measurement.since(access, a, statements, s);
                if (i >= 0) {
                    millis.add(m.serverMillis());
                    withLeaving.add(m.withLeavingMillis());
                    statementCounts.add((double) m.statements());
                    kilobytes.add(m.bytes() / 1024.0);
                    requests.add((double) m.requests());
                }
            }
            double p95 = Measurement.percentile(millis, 95);
            double most = Measurement.percentile(statementCounts, 100);
            String row = String.format(Locale.ROOT, "| %s | %s | %.0f / %.0f | %.0f / %.0f | %.0f (max %.0f) | %.0f | %.0f | %s |",
                    navigation.view(), navigation.role(), Measurement.percentile(millis, 50), p95,
                    Measurement.percentile(withLeaving, 50), Measurement.percentile(withLeaving, 95),
                    Measurement.percentile(statementCounts, 50), most, Measurement.percentile(kilobytes, 50),
                    Measurement.percentile(requests, 50),
                    Targets.navigation(navigation.view(), p95, Measurement.percentile(statementCounts, 50)));
            rows.add(row);
            LOG.info(row);
        }
    }

    /** K sessions, each in a browser context of its own, left open on the view; heap and UIs per session. */
    private void heapRows(Chromium browser, Portal portal, String longId) throws Exception {
        String main = browser.driver.getWindowHandle();
        for (Navigation navigation : List.of(
                Navigation.load("Engagement list, first page", "Program manager", MANAGER, "/engagements"),
                Navigation.load("Home", "Program manager", MANAGER, "/"),
                Navigation.load("Long engagement, Check-ins tab", "Customer", CUSTOMER,
                        "/engagements/" + longId + "?tab=Check-ins"))) {
            browser.driver.switchTo().window(main);
            browser.driver.get("about:blank");
            Heap before = Heap.of(portal.pid());
            List<String> tabs = new ArrayList<>();
            for (int k = 0; k < sessions; k++) {
                tabs.add(browser.newSessionTab());
                browser.signIn(portal, navigation.email());
                browser.driver.get(portal.url(navigation.path()));
                browser.waitForVaadin();
            }
            Heap after = Heap.of(portal.pid());
            long newSessions = Math.max(1, after.sessions() - before.sessions());
            String row = String.format(Locale.ROOT, "| %s (K = %d sessions) | %s | live heap %,d KB per session | UIs per session "
                            + "%.2f (%d new Vaadin sessions) | | | | %s |", navigation.view(), sessions, navigation.role(),
                    (after.bytes() - before.bytes()) / 1024 / sessions,
                    (after.uis() - before.uis()) / (double) newSessions, newSessions,
                    Targets.heap(navigation.view(), (after.bytes() - before.bytes()) / 1024.0 / sessions,
                            (after.uis() - before.uis()) / (double) newSessions));
            rows.add(row);
            LOG.info(row);
            for (String tab : tabs) {
                browser.driver.switchTo().window(tab);
                browser.driver.close();
            }
        }
        browser.driver.switchTo().window(main);
    }

    /**
     * The long engagement's PDF as its engineer downloads it, and the 10,000-engagement portfolio workbook as the
     * program manager downloads it (the API the Export menus share): wall time to the last byte, p50 / p95 over 5
     * downloads after one warm-up, and the heap the download takes: the peak of the used heap while it runs
     * (garbage included, sampled by {@code jstat} every 100 ms) over the used heap before it.
     */
    private void exportRows(Chromium browser, Portal portal, String longId) throws Exception {
        exportRow(browser, portal, "Long engagement PDF", ENGINEER, "/api/engagements/" + longId + "/report.pdf");
        exportRow(browser, portal, "Portfolio XLSX (10,004 engagements)", MANAGER, "/api/portfolio/report.xlsx");
    }

    private void exportRow(Chromium browser, Portal portal, String view, String email, String path) throws Exception {
        browser.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.signIn(portal, email);
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<Double> millis = new ArrayList<>();
        List<Double> heapGrowth = new ArrayList<>();
        long bytes = 0;
        for (int i = -1; i < 5; i++) {
            try (HeapSampler sampler = HeapSampler.start(portal.pid())) {
                long started = System.nanoTime();
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(portal.url(path)))
                                .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(Duration.ofMinutes(2))
                                .build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode());
                }
                if (i >= 0) {
                    millis.add((System.nanoTime() - started) / 1e6);
                    heapGrowth.add(sampler.peakGrowthMegabytes());
                    bytes = response.body().length;
                }
            }
        }
        String row = String.format(Locale.ROOT, "| %s (wall time to last byte; heap while it runs: peak +%.0f MB) | %s | "
                        + "%.0f / %.0f | | | %,d | 1 | %s |", view, Measurement.percentile(heapGrowth, 50), role(email),
                Measurement.percentile(millis, 50), Measurement.percentile(millis, 95), bytes / 1024,
                Targets.export(view, Measurement.percentile(millis, 95)));
        rows.add(row);
        LOG.info(row);
    }

    private static String role(String email) {
        return email.equals(MANAGER) ? "Program manager" : email.equals(ENGINEER) ? "Engineer"
                : email.equals(CUSTOMER) ? "Customer" : "Partner";
    }

    private static String longEngagement(Portal portal) throws SQLException {
        try (Connection connection = DriverManager.getConnection(portal.jdbcUrl().replace(Portal.APPLICATION_NAME,
                "benchmark"), "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id from engagement where title = 'Scale: long engagement'")) {
            if (!rs.next()) {
                throw new IllegalStateException("No long engagement: the scale data set is missing");
            }
            return rs.getString(1);
        }
    }

    private String table(List<String> notes) {
        StringBuilder text = new StringBuilder("# Scale benchmark\n\n");
        text.append("Packaged jar, `-Xmx1g`, dev profile, `--portal.demo-data=scale`, embedded PostgreSQL 17, headless "
                + "Chromium over loopback, ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs.\n\n");
        notes.forEach(note -> text.append("- ").append(note).append('\n'));
        text.append("""

                Server time: the sum of Tomcat's time taken over every request of the new page (HTML, init, UIDL, \
                push), p50 / p95; "with leaving" adds the previous page's unload beacon and push close. Statements: SQL \
                statements of the portal's connections during the navigation, BEGIN/COMMIT/SET left out (median, \
                max). KB sent and requests: the new page's, median. An action row (sort, bell) counts only the \
                requests of that action on the loaded page.

                | View | Role | Server time p50 / p95 (ms) | With leaving p50 / p95 (ms) | Statements | KB sent | Requests | Target |
                |---|---|---|---|---|---|---|---|
                """);
        rows.forEach(row -> text.append(row).append('\n'));
        return text.toString();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
