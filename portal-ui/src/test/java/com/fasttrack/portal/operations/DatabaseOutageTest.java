package com.fasttrack.portal.operations;

import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.live.PresenceSignal;
import com.fasttrack.portal.live.service.Presence;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.testing.TestData;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PostgreSQL stops under a running portal and comes back (issue 12, item 5): on the test's own database, so that the
 * JVM's shared test database never goes away under other tests. Prints the figures the issue's closing note quotes.
 */
// not a KaribuTest: its @PortalIntegrationTest points the context at the shared database, and its initializer wins
// heartbeats every half second: the presence job runs (and fails) many times during the outage
@SpringBootTest(properties = "portal.presence.heartbeat-ms=500")
@ContextConfiguration(initializers = RestartableDatabase.Initializer.class)
@Import(TestData.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageTest {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageTest.class);
    private static final Duration REFUSED_WITHIN = Duration.ofSeconds(3);
    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.fasttrack.portal");

    /** This context's strategy: the static holder's may be another cached context's. */
    @Autowired
    SecurityContextHolderStrategy strategy;
    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData testData;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    HealthEndpoint health;
    @Autowired
    LiveEvents events;
    @Autowired
    Presence presence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokens tokens;

    @Test
    void thePortalSaysTheDatabaseIsAwayKeepsTheInputAndRecoversByItselfLosingNothingAcknowledged() throws Exception {
        RestartableDatabase database = RestartableDatabase.current();
        assertThat(jdbc.queryForObject("show port", Integer.class)).as("the test's own database")
                .isEqualTo(database.port());
        UserAccount manager = login(Role.PROGRAM_MANAGER);
        navigate("organisations");
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String name = TestData.unique("Before the outage");
            openNewOrganisation(name);
            _click(saveButton());
            _assertNone(Dialog.class);
            acknowledged.add(name);
        }
        List<LiveEvent> received = new CopyOnWriteArrayList<>();
        LiveEvents.Subscription subscription = events.subscribe(received::add);
        EngagementId watched = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Watched"), List.of()).id();
        String viewer = presence.enter(watched, manager.id(), manager.displayName());
        String token = token(manager);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(readiness()).containsOnly(
                entry("readiness", Status.UP), entry("readinessState", Status.UP), entry("db", Status.UP),
                entry("listen", Status.UP), entry("outbox", Status.UP)));

        long stopped = System.nanoTime();
        database.stop();

        assertThat(statusOf("liveness")).as("liveness stays UP: nothing should restart the portal")
                .isEqualTo(Status.UP);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> statusOf("readiness") == Status.DOWN);
        double toDown = secondsSince(stopped);
        assertThat(statusOf("readiness", "db")).isEqualTo(Status.DOWN);
        assertThat(statusOf("readiness", "listen")).isEqualTo(Status.DOWN);
        assertThat(statusOf("readiness", "outbox")).isEqualTo(Status.DOWN);
        assertThat(statusOf("liveness")).isEqualTo(Status.UP);

        String duringOutage = TestData.unique("During the outage");
        openNewOrganisation(duringOutage);
        clearNotifications();
        long clicked = System.nanoTime();
        clickAsTheBrowserWould(saveButton());
        double refusedAfter = secondsSince(clicked);
        expectNotifications(DatabaseUnavailable.MESSAGE);
        _assertOne(Dialog.class);
        assertThat(nameField().getValue()).as("the input is kept").isEqualTo(duringOutage);
        assertThat(refusedAfter).as("refused within %s", REFUSED_WITHIN)
                .isLessThanOrEqualTo(REFUSED_WITHIN.toMillis() / 1000.0);
        long asked = System.nanoTime();
        api().perform(get("/api/engagements").header("Authorization", "Bearer " + token))
                .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "10"))
                .andExpect(jsonPath("$.detail").value(DatabaseUnavailable.API_MESSAGE));
        double apiRefusedAfter = secondsSince(asked);
        assertThat(apiRefusedAfter).as("the API refused within %s", REFUSED_WITHIN)
                .isLessThanOrEqualTo(REFUSED_WITHIN.toMillis() / 1000.0);
        double outage = secondsSince(stopped);

        received.clear();
        long restarted = System.nanoTime();
        database.start();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> statusOf("readiness") == Status.UP);
        double toRecovery = secondsSince(restarted);
        LiveEvent afterRecovery = new NotificationsChanged(UserId.random());
        events.publish(afterRecovery);
        await("a live event sent after recovery arrives")
                .atMost(Duration.ofSeconds(5)).until(() -> received.contains(afterRecovery));
        await("the presence heartbeat job still runs after failing in the outage")
                .atMost(Duration.ofSeconds(5)).until(() -> received.stream().anyMatch(event ->
                        event instanceof PresenceSignal signal && signal.viewer().equals(viewer)
                                && signal.kind() == PresenceSignal.Kind.HERE));

        clickAsTheBrowserWould(saveButton());
        _assertNone(Dialog.class);
        acknowledged.add(duringOutage);
        api().perform(get("/api/engagements").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());

        List<String> stored = jdbc.queryForList("select name from organisation where name in ("
                + String.join(",", acknowledged.stream().map(n -> "?").toList()) + ")", String.class,
                acknowledged.toArray());
        subscription.close();
        long lost = acknowledged.stream().filter(name -> !stored.contains(name)).count();
        assertThat(lost).as("acknowledged writes lost").isZero();
        log.info("Database outage figures: outage {} s; readiness DOWN {} s after the stop; a save refused with the "
                        + "message after {} s, an API request with 503 after {} s; readiness UP {} s after the "
                        + "restart; acknowledged writes lost: {} of {}", round(outage), round(toDown),
                round(refusedAfter), round(apiRefusedAfter), round(toRecovery), lost, acknowledged.size());
    }

    @Test
    void aPageOpenedWhileTheDatabaseIsAwaySaysSoAndWorksOnceItIsBack() {
        RestartableDatabase database = RestartableDatabase.current();
        login(Role.PROGRAM_MANAGER);
        navigate("organisations");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf("readiness") == Status.UP);

        database.stop();
        try {
            navigate("organisations");
            _assertOne(H2.class, spec -> spec.withText("The database is unavailable"));
            _assertOne(Anchor.class, spec -> spec.withText("Try again"));
        } finally {
            database.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf("readiness") == Status.UP);
        navigate("organisations");
        _assertOne(H2.class, spec -> spec.withText("Organisations"));
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        strategy.clearContext();
    }

    /** Signs the user in as KaribuTest#login does (this test has a context of its own). */
    private UserAccount login(Role role) {
        UserAccount account = testData.user(role);
        KaribuTest.signIn(userDetailsService.loadUserByUsername(account.email().value()), strategy);
        return account;
    }

    private static void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    private static <V> void fill(HasValue<?, V> field, V value) {
        BasicUtilsKt._expectEditableByUser((Component) field);
        field.setValue(value);
    }

    private String token(UserAccount user) {
        ApiToken.Issued issued = ApiToken.issue(user.id(), "outage", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(issued.token());
        return issued.plain();
    }

    /** The servlet filters a request meets, the outage net and the security chain, in their order. */
    private MockMvc api() {
        return MockMvcBuilders.webAppContextSetup(context).addFilters(context.getBean(DatabaseUnavailableFilter.class))
                .apply(springSecurity()).build();
    }

    private void openNewOrganisation(String name) {
        _click(_get(Button.class, spec -> spec.withText("New organisation")));
        fill(nameField(), name);
        fill(kindField(), OrganisationKind.CUSTOMER);
        fill(regionField(), Region.JAPAN);
    }

    private static TextField nameField() {
        return _get(TextField.class, spec -> spec.withLabel("Name"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<OrganisationKind> kindField() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Kind"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Region> regionField() {
        return _get(Select.class, spec -> spec.withLabel("Home region"));
    }

    private static Button saveButton() {
        return _get(Button.class, spec -> spec.withText("Save"));
    }

    /** Vaadin hands an exception from a click listener to the session's error handler; Karibu's click throws it. */
    private static void clickAsTheBrowserWould(Button button) {
        try {
            _click(button);
        } catch (RuntimeException error) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(error));
        }
    }

    /** The readiness group's status and its components' (the composite holds them only when shown). */
    private Map<String, Status> readiness() {
        HealthDescriptor group = health.healthForPath("readiness");
        Map<String, Status> statuses = new LinkedHashMap<>();
        statuses.put("readiness", group.getStatus());
        for (String component : List.of("readinessState", "db", "listen", "outbox")) {
            HealthDescriptor descriptor = health.healthForPath("readiness", component);
            statuses.put(component, descriptor == null ? null : descriptor.getStatus());
        }
        return statuses;
    }

    private Status statusOf(String... path) {
        return health.healthForPath(path).getStatus();
    }

    private static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static String round(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
