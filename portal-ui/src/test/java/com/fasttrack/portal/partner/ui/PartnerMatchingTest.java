package com.fasttrack.portal.partner.ui;

import com.fasttrack.portal.NotFoundView;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.service.ActivityService;
import com.fasttrack.portal.backlog.BacklogTabs;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.ui.BlockersPanel;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInRow;
import com.fasttrack.portal.checkin.ui.CheckInsPanel;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.health.HealthTabs;
import com.fasttrack.portal.home.ui.HomeView;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchScore;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerTabs;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.partner.ProposalStatus;
import com.fasttrack.portal.partner.service.MatchExpiryJob;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class PartnerMatchingTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");
    private static final WorkloadCode LINUX = new WorkloadCode("LINUX");

    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Blockers blockers;
    @Autowired
    MatchExpiryJob expiryJob;
    @Autowired
    ActivityService activity;

    /** A partner organisation ("Partner …", uniquely named by TestData) with its profile. */
    private Organisation partner(String label, Set<Region> serves, Set<WorkloadCode> specialties, int capacity) {
        Organisation organisation = testData.partnerOrganisation(serves.iterator().next());
        partners.save(PartnerProfile.create(organisation.id(), PartnerType.SOLUTIONS_PARTNER, serves, specialties,
                capacity));
        return organisation;
    }

    private PartnerCandidate candidate(Organisation organisation) {
        return partners.find(organisation.id()).orElseThrow();
    }

    private void open(Engagement engagement, TabKey tab) {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(tab);
    }

    private static String notFoundText() {
        return _get(Div.class, spec -> spec.withId("not-found")).getElement().getTextRecursively();
    }

    private static String pageText() {
        return _get(EngagementView.class).getElement().getTextRecursively();
    }

    /** P1 accepted on the engagement after P2 was declined: stored through the ports, as the flow would. */
    private PartnerMatch accepted(Engagement engagement, UserAccount customer, UserAccount engineer,
                                  Organisation first, Organisation second) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PartnerMatch match = matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customer.id(),
                Role.CUSTOMER, now));
        match = matches.save(match.propose(List.of(ranked(second), ranked(first)), engineer.id(), Role.ENGINEER, now));
        match = matches.save(match.decline("Not this one", customer.id(), Role.CUSTOMER, now));
        return matches.save(match.accept(customer.id(), Role.CUSTOMER, now));
    }

    private MatchRanking.Ranked ranked(Organisation partner) {
        PartnerCandidate candidate = candidate(partner);
        return new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP), Region.UNITED_KINGDOM, null));
    }

    @Test
    void theDirectoryIsForProgramManagersWhoCreateAndFilterProfiles() {
        Organisation organisation = testData.partnerOrganisation(Region.JAPAN);
        login(Role.PROGRAM_MANAGER);
        navigate("partners");
        PartnersView view = _get(PartnersView.class);

        view.create.click();
        PartnerProfileDialog dialog = _get(PartnerProfileDialog.class);
        fill(dialog.organisation, dialog.organisation.getListDataView().getItems()
                .filter(o -> o.id().equals(organisation.id())).findFirst().orElseThrow());
        fill(dialog.type, PartnerType.MANAGED_SERVICE_PARTNER);
        dialog.save.click();
        assertThat(dialog.error.getText()).isEqualTo("A partner serves at least one region");

        fill(dialog.regions, Set.of(Region.JAPAN, Region.INDIA));
        fill(dialog.specialties, Set.of(SAP));
        fill(dialog.capacity, 4);
        dialog.save.click();

        PartnerProfile stored = partners.find(organisation.id()).orElseThrow().profile();
        assertThat(stored.type()).isEqualTo(PartnerType.MANAGED_SERVICE_PARTNER);
        assertThat(stored.regions()).containsExactlyInAnyOrder(Region.JAPAN, Region.INDIA);
        fill(view.name, organisation.name());
        assertThat(_findAll(view.grid)).extracting(PartnerCandidate::name).containsExactly(organisation.name());
        fill(view.type, PartnerType.CLOUD_SOLUTION_PROVIDER);
        assertThat(_findAll(view.grid)).isEmpty();

        for (Role role : List.of(Role.CUSTOMER, Role.ENGINEER, Role.PARTNER)) {
            login(role);
            navigate("partners");
            _assertNone(PartnersView.class);
            assertThat(notFoundText()).contains(NotFoundView.MESSAGE);
        }
    }

    @Test
    void customerRequestsEngineerProposesCustomerDeclinesThenAccepts() {
        String tag = TestData.unique("Flow");
        Organisation best = partner(tag + " best", Set.of(Region.UNITED_KINGDOM), Set.of(SAP, LINUX), 3);
        Organisation second = partner(tag + " second", Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3);
        Organisation japan = partner(tag + " japan", Set.of(Region.JAPAN), Set.of(SAP, LINUX), 3);
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), tag, List.of(engineer),
                "SAP", "LINUX");

        login(customer);
        open(engagement, PartnerTabs.PARTNERS);
        PartnersPanel panel = _get(PartnersPanel.class);
        _assertNone(Button.class, spec -> spec.withId("propose-partners"));
        fill(panel.workloads, Set.of(SAP, LINUX));
        fill(panel.note, "We need SAP skills");
        panel.request.click();
        assertThat(matches.active(engagement.id()).orElseThrow().status()).isEqualTo(MatchStatus.REQUESTED);
        _assertNone(Button.class, spec -> spec.withId("request-partner"));

        login(engineer);
        open(engagement, PartnerTabs.PARTNERS);
        panel = _get(PartnersPanel.class);
        List<MatchRanking.Ranked> ranked = _findAll(panel.candidates);
        assertThat(ranked.stream().map(r -> r.candidate().profile().organisationId()))
                .contains(best.id(), second.id()).doesNotContain(japan.id());
        assertThat(ranked.indexOf(ranked.stream().filter(r -> r.candidate().profile().organisationId()
                .equals(best.id())).findFirst().orElseThrow())).isLessThan(ranked.indexOf(ranked.stream()
                .filter(r -> r.candidate().profile().organisationId().equals(second.id())).findFirst().orElseThrow()));
        MatchRanking.Ranked top = ranked.stream().filter(r -> r.candidate().profile().organisationId()
                .equals(best.id())).findFirst().orElseThrow();
        assertThat(top.score().coverage()).isEqualTo(50);
        assertThat(_findAll(panel.excluded)).anySatisfy(e -> {
            assertThat(e.candidate().profile().organisationId()).isEqualTo(japan.id());
            assertThat(e.reason()).isEqualTo("Does not serve United Kingdom");
        });
        panel.candidates.select(top);
        panel.candidates.select(ranked.stream().filter(r -> r.candidate().profile().organisationId()
                .equals(second.id())).findFirst().orElseThrow());
        panel.propose.click();
        PartnerMatch proposed = matches.active(engagement.id()).orElseThrow();
        assertThat(proposed.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(proposed.proposals()).extracting(p -> p.partner()).containsExactly(best.id(), second.id());

        login(customer);
        open(engagement, PartnerTabs.PARTNERS);
        _assertNone(Button.class, spec -> spec.withId("propose-partners"));
        _get(PartnersPanel.class).decline.click();
        ReasonDialog decline = _get(ReasonDialog.class);
        decline.confirm.click();
        assertThat(decline.reason.isInvalid()).isTrue();
        fill(decline.reason, "Too expensive");
        decline.confirm.click();
        PartnerMatch declined = matches.active(engagement.id()).orElseThrow();
        assertThat(declined.proposals()).extracting(p -> p.status())
                .containsExactly(ProposalStatus.DECLINED, ProposalStatus.OPEN);

        _get(PartnersPanel.class).accept.click();
        PartnerMatch accepted = matches.active(engagement.id()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(accepted.partner()).contains(second.id());
        assertThat(accepted.transitions()).extracting(t -> t.by()).containsExactly(customer.id(), engineer.id(),
                customer.id(), customer.id());

        UserAccount secondsUser = testData.user(Role.PARTNER, second);
        login(secondsUser);
        open(engagement, PartnerTabs.PARTNERS);
        assertThat(_get(H2.class, spec -> spec.withId("engagement-title")).getText()).isEqualTo(tag);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("partner-engaged"))
                .getText()).contains(second.name());
        assertThat(pageText()).doesNotContain(best.name()).doesNotContain("Too expensive");

        login(testData.user(Role.PARTNER, best));
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        assertThat(notFoundText()).contains(NotFoundView.MESSAGE);
    }

    @Test
    void aPartnerOfP1GetsTheSameNotFoundWhereOnlyP2IsEngagedAsForARandomId() {
        Organisation p1 = partner("P1", Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5);
        Organisation p2 = partner("P2", Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5);
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("P2 only"),
                List.of(engineer), "SAP");
        PartnerMatch match = accepted(engagement, customer, engineer, p2, p1);

        login(testData.user(Role.PARTNER, p1));
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _assertNone(H2.class, spec -> spec.withId("engagement-title"));
        String foreign = notFoundText();
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(new EngagementId(UUID.randomUUID())));
        String random = notFoundText();
        assertThat(foreign).isEqualTo(random).contains(NotFoundView.MESSAGE);

        UserAccount p2User = testData.user(Role.PARTNER, p2);
        login(p2User);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _assertOne(H2.class, spec -> spec.withId("engagement-title"));

        // closing the match removes the partner's access
        matches.save(match.close("Done", engineer.id(), Role.ENGINEER, Instant.now()));
        login(p2User);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        assertThat(notFoundText()).isEqualTo(random);
    }

    @Test
    void aPartnerNeverSeesInternalNotesOrBlockersOnItsOwnEngagement() {
        Organisation p1 = partner("P1", Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5);
        Organisation p2 = partner("P2", Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5);
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Secrets"),
                List.of(engineer), "SAP");
        accepted(engagement, customer, engineer, p1, p2);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        checkIns.save(CheckIn.record(engagement.id(), LocalDate.now(), CheckInKind.STATUS, List.of(), "Shared words",
                "PLANTED-INTERNAL-NOTE", OnTrack.AT_RISK, "", "", null, engagement.cadence(), engineer.id(), now));
        blockers.save(Blocker.raise(engagement.id(), "Shared blocker", "", Severity.HIGH, "Tom", null, null,
                Visibility.SHARED, engineer.id(), now, LocalDate.now()));
        blockers.save(Blocker.raise(engagement.id(), "PLANTED-INTERNAL-BLOCKER", "", Severity.CRITICAL, "Priya",
                null, null, Visibility.INTERNAL, engineer.id(), now, LocalDate.now()));

        login(testData.user(Role.PARTNER, p1));
        for (TabKey tab : List.of(EngagementTabs.OVERVIEW, CheckInTabs.CHECK_INS, BlockerTabs.BLOCKERS, HealthTabs.HEALTH,
                PartnerTabs.PARTNERS, BacklogTabs.BACKLOG)) {
            open(engagement, tab);
            assertThat(pageText()).as(tab.slug()).contains(engagement.title()).doesNotContain("PLANTED-INTERNAL")
                    .doesNotContain(p2.name()).doesNotContain("Not this one");
        }
        open(engagement, BlockerTabs.BLOCKERS);
        assertThat(_findAll(_get(BlockersPanel.class).grid)).extracting(Blocker::title)
                .containsExactly("Shared blocker");
        open(engagement, CheckInTabs.CHECK_INS);
        @SuppressWarnings("unchecked")
        Grid<CheckInRow> checkInGrid = _get(_get(CheckInsPanel.class), Grid.class);
        assertThat(_findAll(checkInGrid)).singleElement()
                .satisfies(row -> assertThat(row.checkIn().internalNote()).isEmpty());
        navigate("");
        assertThat(_get(HomeView.class).getElement().getTextRecursively()).contains(engagement.title())
                .doesNotContain("PLANTED-INTERNAL");
    }

    @Test
    void anUnansweredProposalExpiresOnceADay() {
        Organisation p1 = partner("P1", Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5);
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Expiry"),
                List.of(engineer), "SAP");
        Instant longAgo = Instant.now().minus(Duration.ofDays(15)).truncatedTo(ChronoUnit.MICROS);
        matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customer.id(), Role.CUSTOMER,
                longAgo).propose(List.of(ranked(p1)), engineer.id(), Role.ENGINEER, longAgo));
        LocalDate day = LocalDate.of(2100, 1, 1).plusDays(Math.floorMod(UUID.randomUUID().hashCode(), 30000));

        assertThat(expiryJob.runFor(day)).isGreaterThanOrEqualTo(1);
        assertThat(expiryJob.runFor(day)).isZero();
        assertThat(matches.of(engagement.id())).singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MatchStatus.EXPIRED));

        login(customer);
        assertThat(activity.of(engagement.id(), ActivityKind.PARTNER_EXPIRED, null, PageRequest.of(0, 10)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isNull();
                    assertThat(entry.actorName()).isEqualTo(ActivityEntry.PORTAL);
                    assertThat(entry.summary()).contains(p1.name()).contains("expired");
                });
        assertThat(activity.people(engagement.id())).isEmpty();
    }
}
