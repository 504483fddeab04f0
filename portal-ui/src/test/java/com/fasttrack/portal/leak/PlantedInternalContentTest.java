package com.fasttrack.portal.leak;

import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.service.ActivityLog;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInDraft;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.LiveEventCodec;
import com.fasttrack.portal.live.service.LiveUpdates;
import com.fasttrack.portal.live.service.Presence;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.service.DigestJob;
import com.fasttrack.portal.notification.service.NotificationMailer;
import com.fasttrack.portal.notification.service.NotificationService;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.partner.service.PartnerMatchService;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.UserThreads;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Plants internal content carrying one unique marker (an internal check-in note, an internal blocker that is the
 * engagement's only open one, an internal activity entry), then reads everything a customer and a partner of the
 * engagement can reach: the homes, the list and every tab of the engagement page, the API, the shared PDF, XLSX and
 * CSV, the bell, the mails and digests, and the live events their page receives. Neither the marker nor the internal
 * count may show anywhere: the customer's "open blockers" are 0 and its "blockers removed" is ticked. The mail outbox
 * is sent by the test (not by its schedule), so a notification can be left waiting while its recipient loses access.
 */
@DirtiesContext
@TestPropertySource(properties = {"portal.mail.outbox-interval=PT1H", "portal.base-url=https://portal.test/"})
class PlantedInternalContentTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");
    private static final String BLOCKERS_REMOVED = ChecklistItem.BLOCKERS_REMOVED.label();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> ServerSetupTest.SMTP.getBindAddress());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    EngagementService engagements;
    @Autowired
    BlockerService blockers;
    @Autowired
    CheckInService checkIns;
    @Autowired
    ActivityLog activity;
    @Autowired
    PartnerMatchService matches;
    @Autowired
    Partners partners;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationMailer mailer;
    @Autowired
    DigestJob digests;
    @Autowired
    MailPreferences preferences;
    @Autowired
    LiveUpdates live;
    @Autowired
    UserThreads users;
    @Autowired
    UserAccounts accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    WebApplicationContext web;

    private final String marker = "PLANTED-" + UUID.randomUUID();
    private final List<LiveUpdates.Watch> watches = new ArrayList<>();
    private UserAccount engineer;
    private UserAccount otherEngineer;
    private UserAccount programManager;
    private UserAccount customer;
    private UserAccount digestCustomer;
    private UserAccount partnerUser;
    private Organisation partner;
    private Engagement engagement;
    private PartnerMatch match;

    @BeforeEach
    void engagementInContinuousPartnershipWithAnEngagedPartner() {
        engineer = testData.user(Role.ENGINEER);
        otherEngineer = testData.user(Role.ENGINEER);
        programManager = testData.user(Role.PROGRAM_MANAGER);
        customer = testData.user(Role.CUSTOMER);
        digestCustomer = testData.user(Role.CUSTOMER, testData.organisationOf(customer));
        preferences.set(digestCustomer.id(), MailMode.DAILY_DIGEST, Instant.now());
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Planted"),
                List.of(engineer, otherEngineer), "SAP");
        partner = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partner.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3));
        partnerUser = testData.user(Role.PARTNER, partner);
        login(customer);
        PartnerMatch requested = matches.request(engagement.id(), Set.of(SAP), null, "");
        login(engineer);
        PartnerMatch proposed = matches.propose(engagement.id(), requested.id(), requested.version(),
                List.of(partner.id()));
        login(customer);
        match = matches.accept(engagement.id(), proposed.id(), proposed.version());
        login(programManager);
        for (int step = 0; step < 2; step++) {
            engagements.advance(engagement.id(), version(), "Planted test moves on");
        }
        assertThat(engagements.details(engagement.id()).engagement().phase())
                .isEqualTo(Phase.CONTINUOUS_PARTNERSHIP);
    }

    @AfterEach
    void stopWatching() {
        watches.forEach(LiveUpdates.Watch::close);
    }

    /** The internal content, and a shared check-in so that customers and partners have something to receive. */
    private void plant() {
        login(engineer);
        blockers.raise(engagement.id(), new BlockerDraft(marker + " blocker", marker + " description",
                Severity.CRITICAL, "Owner " + marker, null, Visibility.INTERNAL,
                otherEngineer.id()));
        checkIns.record(engagement.id(), new CheckInDraft(LocalDate.now(), CheckInKind.STATUS, List.of(),
                "Shared summary of the week", marker + " note", OnTrack.AT_RISK, "Shared outcome", "Shared next step",
                null));
        activity.record(engagement.id(), ActivityKind.FIELDS_CHANGED, marker + " activity", marker + " before",
                marker + " after", Visibility.INTERNAL);
    }

    @Test
    void neitherTheMarkerNorTheInternalCountReachesACustomerOrAPartner() throws Exception {
        List<EngagementChanged> toCustomer = watch(customer);
        List<EngagementChanged> toPartner = watch(partnerUser);
        plant();
        // the last change, a shared one: once it has arrived, everything planted before it has been decided on
        engagements.describeGoal(engagement.id(), version(), "Shared goal");
        mailer.sendImmediate();
        digests.runFor(LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 5, 1));

        for (UserAccount reader : List.of(customer, partnerUser)) {
            Map<String, String> reached = new LinkedHashMap<>();
            login(reader);
            reached.putAll(pages());
            reached.putAll(bell());
            reached.putAll(api(reader));
            reached.forEach((path, text) -> assertThat(text).as(reader.role() + " on " + path)
                    .doesNotContain(marker));
            // the paths were read for real: each shows the shared content planted next to the internal
            for (String path : List.of("tab Check-ins", "report.pdf", "report.xlsx", "report.csv check-ins")) {
                assertThat(reached.get(path)).as(path).contains("Shared summary of the week");
            }
            // partners hear of phases, not of check-ins
            assertThat(reached.get("bell")).contains(reader.role() == Role.CUSTOMER ? "Shared summary of the week"
                    : "moved the engagement");
            assertThat(reached.get("tab Activity")).contains("Shared goal");

            assertThat(reached.get("home")).as("open blockers on the home").contains("Open blockers: 0");
            assertThat(reached.get("tab Phase")).as("the phase stepper counts the tick").contains("1/2 done")
                    .doesNotContain("0/2 done");
            assertThat(reached.get("api detail")).as("blockers removed in the API")
                    .contains("{\"item\":\"BLOCKERS_REMOVED\",\"label\":\"" + BLOCKERS_REMOVED + "\",\"done\":true}");
            assertThat(reached.get("report.pdf")).as("blockers removed in the PDF").contains("1 of 2 done")
                    .doesNotContain("0 of 2 done");
            assertThat(reached.get("report.csv summary")).contains("Open blockers,0");
            assertThat(reached.get("report.xlsx")).contains("Open blockers|0.0|");
        }
        assertThat(mailsTo(customer)).isNotEmpty();
        assertThat(mailsTo(partnerUser)).isNotEmpty();
        assertThat(mailsTo(digestCustomer)).isNotEmpty();
        for (UserAccount outsider : List.of(customer, partnerUser, digestCustomer)) {
            assertThat(mailsTo(outsider)).allSatisfy(mail -> assertThat(text(mail)).doesNotContain(marker));
        }

        awaitGoalChange(toCustomer);
        awaitGoalChange(toPartner);
        for (List<EngagementChanged> received : List.of(toCustomer, toPartner)) {
            assertThat(received).allSatisfy(change -> {
                assertThat(change.visibility()).isEqualTo(Visibility.SHARED);
                assertThat(LiveEventCodec.encode(change)).doesNotContain(marker);
            });
        }

        // a shared report an engineer hands out is the customer's view too
        Map<String, String> exported = api(engineer);
        assertThat(exported.get("report.pdf")).contains("1 of 2 done").doesNotContain("0 of 2 done")
                .doesNotContain(marker);
        assertThat(exported.get("report.csv summary")).contains("Open blockers,0");

        // the staff still see the internal blocker, and the gate still counts it
        login(engineer);
        navigate("engagements/" + engagement.id() + "?tab=" + EngagementTabs.PHASE.slug());
        assertThat(_get(Checkbox.class, spec -> spec.withLabel(BLOCKERS_REMOVED)).getValue()).isFalse();
        assertThat(pageText()).contains("0/2 done");
    }

    @Test
    void notificationsAndMailsOfAnEngagementStopWithAccessToIt() throws Exception {
        preferences.set(partnerUser.id(), MailMode.IMMEDIATELY, Instant.now());
        login(engineer);
        String summary = TestData.unique("Shared summary");
        checkIns.record(engagement.id(), new CheckInDraft(LocalDate.now(), CheckInKind.STATUS, List.of(),
                summary, "", OnTrack.ON_TRACK, "", "", null));
        login(customer);
        String blocker = TestData.unique("Shared blocker");
        blockers.raise(engagement.id(), new BlockerDraft(blocker, "", Severity.LOW, "Tom", null, Visibility.SHARED));
        for (UserAccount reader : List.of(customer, digestCustomer, partnerUser, otherEngineer)) {
            login(reader);
            assertThat(notifications.unreadCount()).as(reader.role() + " before").isPositive();
        }

        // the partner's work is closed, a customer moves to another organisation, an engineer is unassigned
        login(programManager);
        matches.close(engagement.id(), match.id(), currentMatchVersion(), "Done");
        UserAccount moved = accounts.findById(digestCustomer.id()).orElseThrow();
        accounts.save(moved.reassign(programManager.id(), Role.CUSTOMER,
                testData.customerOrganisation(Region.UNITED_KINGDOM).id()));
        engagements.assignEngineers(engagement.id(), version(), Set.of(engineer.id()));

        for (UserAccount outsider : List.of(digestCustomer, partnerUser, otherEngineer)) {
            login(outsider);
            assertThat(notifications.latest()).as(outsider.role() + "'s bell")
                    .noneMatch(n -> n.engagementId().equals(engagement.id()));
            assertThat(notifications.unreadCount()).as(outsider.role() + "'s unread count").isZero();
        }
        login(customer);
        assertThat(notifications.latest()).extracting(Notification::text).anyMatch(t -> t.contains(summary));

        mailer.sendImmediate();
        digests.runFor(LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 7, 1));
        assertThat(mailsTo(customer)).anySatisfy(mail -> assertThat(text(mail)).contains(summary));
        for (UserAccount outsider : List.of(digestCustomer, partnerUser, otherEngineer)) {
            assertThat(mailsTo(outsider)).as("mails to the " + outsider.role()).isEmpty();
        }
    }

    // --- what a reader reaches ---

    /** The home, the engagements list and every tab of the engagement page, as the signed-in reader sees them. */
    private Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        navigate("");
        pages.put("home", pageText());
        navigate("engagements");
        pages.put("engagements", pageText());
        navigate("engagements/" + engagement.id());
        EngagementView view = _get(EngagementView.class);
        // every tab the page offers, whichever feature contributes it
        TabSheet sheet = _get(view, TabSheet.class);
        for (Tab tab : _find(view, Tab.class)) {
            sheet.setSelectedTab(tab);
            pages.put("tab " + tab.getLabel(), pageText());
        }
        assertThat(pages).containsKeys("tab Overview", "tab Phase", "tab Check-ins", "tab Blockers", "tab Activity");
        view.selectTab(EngagementTabs.PHASE);
        assertThat(_get(Checkbox.class, spec -> spec.withLabel(BLOCKERS_REMOVED)).getValue())
                .as("blockers removed on the Phase tab").isTrue();
        return pages;
    }

    private Map<String, String> bell() {
        return Map.of("bell", notifications.latest().stream().map(n -> n.text() + " " + n.engagementTitle())
                .reduce("", String::concat) + " unread " + notifications.unreadCount());
    }

    /**
     * The API and the shared reports as the reader, through the controllers, on a thread without a Vaadin session.
     * The filter chain is left out (the reports stream on another thread, and MockMvc's response does not bear the
     * security headers being written from two threads): authentication is not what this test is about.
     */
    private Map<String, String> api(UserAccount reader) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).build();
        String base = "/api/engagements/" + engagement.id();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put("api list", "/api/engagements");
        paths.put("api detail", base);
        paths.put("report.pdf", base + "/report.pdf");
        paths.put("report.xlsx", base + "/report.xlsx");
        for (String table : List.of("summary", "check-ins", "blockers", "backlog")) {
            paths.put("report.csv " + table, base + "/report.csv?table=" + table);
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
            for (Map.Entry<String, String> path : paths.entrySet()) {
                MvcResult result = thread.submit(users.as(reader, () -> {
                    MvcResult started = mvc.perform(get(path.getValue())).andReturn();
                    // the reports stream their bodies asynchronously
                    return started.getRequest().isAsyncStarted() ? mvc.perform(asyncDispatch(started)).andReturn()
                            : started;
                })).get(60, TimeUnit.SECONDS);
                assertThat(result.getResponse().getStatus()).as(path.getKey()).isEqualTo(200);
                byte[] body = result.getResponse().getContentAsByteArray();
                bodies.put(path.getKey(), path.getKey().endsWith(".pdf") ? pdfText(body)
                        : path.getKey().endsWith(".xlsx") ? xlsxText(body) : new String(body, StandardCharsets.UTF_8));
            }
        }
        return bodies;
    }

    /** Everything the page carries: texts, attributes and properties, and every grid's rows and items. */
    private static String pageText() {
        StringBuilder text = new StringBuilder();
        // the route's components hang below the UI's router wrapper, not below the UI's own element
        UI.getCurrent().getChildren().forEach(component -> collect(component.getElement(), text));
        for (Grid<?> grid : _find(Grid.class)) {
            rows(grid, text);
        }
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
            return;
        }
        element.getAttributeNames().forEach(name -> text.append(element.getAttribute(name)).append('\n'));
        element.getPropertyNames().forEach(name -> text.append(element.getPropertyRaw(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, text));
    }

    /**
     * The rendered rows, and the items behind them: a leak at the query counts even where no column shows it (the
     * rule is kept where the data is read, not by hiding a column).
     */
    private static <T> void rows(Grid<T> grid, StringBuilder text) {
        for (int row = 0; row < GridKt._size(grid); row++) {
            text.append(String.join(" | ", GridKt._getFormattedRow(grid, row))).append('\n')
                    .append(GridKt._get(grid, row)).append('\n');
        }
    }

    private List<EngagementChanged> watch(UserAccount reader) {
        List<EngagementChanged> received = new CopyOnWriteArrayList<>();
        PortalUser user = (PortalUser) userDetails.loadUserByUsername(reader.email().value());
        watches.add(live.watch(engagement.id(), user, new LiveUpdates.EngagementListener() {
            @Override
            public void changed(EngagementChanged change) {
                received.add(change);
            }

            @Override
            public void viewersChanged(List<Presence.Viewer> others) {
                // who else looks is no content
            }
        }));
        return received;
    }

    private static void awaitGoalChange(List<EngagementChanged> received) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> received.stream().anyMatch(c -> c.kind() == ActivityKind.GOAL_CHANGED));
    }

    private long version() {
        return engagements.details(engagement.id()).engagement().version();
    }

    private long currentMatchVersion() {
        return matches.overview(engagement.id()).active().version();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('|');
                    }
                }
            }
        }
        return text.toString();
    }

    private static List<MimeMessage> mailsTo(UserAccount user) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(user.email().value()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
