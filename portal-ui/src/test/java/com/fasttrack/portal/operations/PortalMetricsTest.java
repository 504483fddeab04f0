package com.fasttrack.portal.operations;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.health.service.HealthJob;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's own metrics as a Prometheus server scrapes them from the management port: each one is caused the way
 * the portal causes it (a sign-in through the login form, a UI opened, a live event, outbox rows, a job run, an
 * export over the API) and then found in {@code /actuator/prometheus} with the change it made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class PortalMetricsTest {

    @Value("${local.server.port}")
    int port;
    @Value("${local.management.port}")
    int managementPort;
    @Autowired
    TestData testData;
    @Autowired
    ApiTokens tokens;
    @Autowired
    LiveEvents liveEvents;
    @Autowired
    HealthJob healthJob;
    @Autowired
    OutboxMetrics outboxMetrics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signInsAreCountedByOutcomeAndReason() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        double failures = metric("portal_sign_ins_total", "outcome=\"failure\"", "reason=\"wrong_password\"");
        double successes = metric("portal_sign_ins_total", "outcome=\"success\"");

        assertThat(signIn(engineer.email().value(), "not-the-password")).contains("error");
        assertThat(signIn(engineer.email().value(), TestData.PASSWORD)).doesNotContain("error");

        assertThat(metric("portal_sign_ins_total", "outcome=\"failure\"", "reason=\"wrong_password\""))
                .isEqualTo(failures + 1);
        assertThat(metric("portal_sign_ins_total", "outcome=\"success\"")).isEqualTo(successes + 1);
        // every reason is there from the start, so a rate of lockouts can be drawn before the first one
        assertThat(scrape()).contains("reason=\"locked\"", "reason=\"unknown_account\"", "reason=\"disabled\"");
    }

    @Test
    void openSessionsAndUisAreGauged() throws Exception {
        double sessions = metric("portal_sessions_open");
        signIn(testData.user(Role.CUSTOMER).email().value(), TestData.PASSWORD);
        assertThat(metric("portal_sessions_open")).isGreaterThan(sessions);

        double uis = metric("portal_ui_open");
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes(), context, UI::new));
        try {
            assertThat(metric("portal_ui_open")).isEqualTo(uis + 1);
        } finally {
            MockVaadin.tearDown();
        }
        assertThat(metric("portal_ui_open")).isEqualTo(uis);
    }

    @Test
    void liveEventsAreCountedWhenSentAndWhenReceived() throws Exception {
        String kind = "kind=\"NotificationsChanged\"";
        double sent = metric("portal_live_events_sent_total", kind);
        double received = metric("portal_live_events_received_total", kind);

        liveEvents.publish(new NotificationsChanged(testData.user(Role.ENGINEER).id()));

        assertThat(metric("portal_live_events_sent_total", kind)).isEqualTo(sent + 1);
        await().atMost(Duration.ofSeconds(5))
                .until(() -> metric("portal_live_events_received_total", kind) >= received + 1);
    }

    @Test
    void theOutboxIsGaugedPendingByDeliveryAndFailed() throws Exception {
        outboxMetrics.refresh();
        double digest = metric("portal_outbox_pending", "delivery=\"digest\"");
        double failed = metric("portal_outbox_failed");
        assertThat(scrape()).contains("portal_outbox_pending{", "delivery=\"immediate\"");

        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Outbox"),
                List.of());
        // a digest mail waits for 07:00 and a given-up one stays: no sender takes either while this test looks
        notification(customer, engagement, "DIGEST");
        notification(customer, engagement, "FAILED");
        outboxMetrics.refresh();

        assertThat(metric("portal_outbox_pending", "delivery=\"digest\"")).isEqualTo(digest + 1);
        assertThat(metric("portal_outbox_failed")).isEqualTo(failed + 1);
    }

    @Test
    void aDailyJobsRunIsTimedByJobName() throws Exception {
        String[] job = {"job=\"daily-health\"", "outcome=\"success\""};
        double runs = metric("portal_job_duration_seconds_count", job);

        // a day of its own far ahead: no other test and no scheduler has claimed it
        healthJob.runFor(LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000)));

        assertThat(metric("portal_job_duration_seconds_count", job)).isEqualTo(runs + 1);
        assertThat(metric("portal_job_duration_seconds_sum", job)).isGreaterThan(0);
    }

    @Test
    void anExportIsTimedByFormat() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Metrics"),
                List.of(engineer));
        String[] csv = {"format=\"csv\"", "outcome=\"success\""};
        double exports = metric("portal_export_duration_seconds_count", csv);

        ApiToken.Issued token = ApiToken.issue(engineer.id(), "metrics", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(token.token());
        HttpResponse<String> report = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/engagements/" + engagement.id().value() + "/report.csv?table=summary"))
                .header("Authorization", "Bearer " + token.plain()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                metric("portal_export_duration_seconds_count", csv)).as(exportLines()).isEqualTo(exports + 1));
    }

    /** Posts the login form as the login page does; returns where the portal sends the browser. */
    private String signIn(String email, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElse("");
    }

    private void notification(UserAccount recipient, Engagement engagement, String mail) {
        jdbc.update("insert into notification (id, recipient, engagement_id, kind, text, tab, visibility, created_at,"
                        + " mail) values (?, ?, ?, 'PHASE_CHANGED', 'Metrics test', 'overview', 'SHARED', now(), ?)",
                UUID.randomUUID(), recipient.id().value(), engagement.id().value(), mail);
    }

    /**
     * The value of the one series of that name with these labels, as scraped now; 0 when there is none yet (a
     * counter or timer appears with its first count).
     */
    private double metric(String name, String... labels) throws Exception {
        List<String> matching = scrape().lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .toList();
        assertThat(matching).as("series %s %s", name, Arrays.toString(labels)).hasSizeLessThanOrEqualTo(1);
        return matching.isEmpty() ? 0
                : Double.parseDouble(matching.getFirst().substring(matching.getFirst().lastIndexOf(' ') + 1));
    }

    private String exportLines() throws Exception {
        return String.join("\n", scrape().lines().filter(line -> line.startsWith("portal_export")).toList());
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + managementPort + "/actuator/prometheus")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
