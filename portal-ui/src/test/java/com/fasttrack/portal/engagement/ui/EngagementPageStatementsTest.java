package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.ui.ActivityPanel;
import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchScore;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.SqlStatements;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.ui.PagedGrid;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The N+1 guard of the engagement page (issue 14, decision 025): opening any tab of a long engagement by its link
 * runs a fixed number of statements, whatever the number of check-ins, blockers, entries, stakeholders and items.
 */
class EngagementPageStatementsTest extends KaribuTest {

    private static final Logger log = LoggerFactory.getLogger(EngagementPageStatementsTest.class);
    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    SqlStatements sql;
    @Autowired
    Engagements engagements;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Blockers blockers;
    @Autowired
    Activities activities;
    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;
    @Autowired
    BacklogItems backlogItems;

    private static final List<String> TABS = List.of("overview", "stakeholders", "phase", "check-ins", "blockers",
            "health", "partners", "backlog", "activity");

    private UserAccount engineer;
    private UserAccount customer;
    private Organisation partner;
    private Engagement engagement;

    @BeforeEach
    void aLongEngagement() {
        engineer = testData.user(Role.ENGINEER);
        UserAccount second = testData.user(Role.ENGINEER);
        customer = testData.user(Role.CUSTOMER);
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Long"),
                List.of(engineer, second), "SAP", "LINUX", "HPC");
        Engagement current = engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
        for (int i = 0; i < 4; i++) {
            current.addStakeholder("Stakeholder " + i, null, StakeholderRole.values()[i % StakeholderRole.values()
                    .length], null);
        }
        engagement = engagements.save(current);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 60; i++) {
            CheckIn checkIn = checkIns.save(CheckIn.record(engagement.id(), today.minusDays(60 - i),
                    CheckInKind.STATUS, List.of("Stakeholder 1"), "Summary " + i, "Note " + i, OnTrack.ON_TRACK, "",
                    "", null, engagement.cadence(), i % 2 == 0 ? engineer.id() : second.id(), now));
            if (i % 3 == 0) {
                checkIns.save(checkIn.acknowledge(customer.id(), now));
            }
        }
        for (int i = 0; i < 30; i++) {
            blockers.save(Blocker.raise(engagement.id(), "Blocker " + i, "", Severity.values()[i % 4], "Owner " + i,
                    i % 5 == 0 ? engineer.id() : null, null, i % 4 == 0 ? Visibility.INTERNAL : Visibility.SHARED,
                    i % 2 == 0 ? engineer.id() : customer.id(), now.minus(i, ChronoUnit.DAYS), today));
        }
        for (int i = 0; i < 100; i++) {
            activities.append(ActivityEntry.of(engagement.id(), now.minusSeconds(i),
                    i % 2 == 0 ? engineer.id() : customer.id(), i % 2 == 0 ? engineer.displayName()
                            : customer.displayName(), ActivityKind.CHECK_IN_RECORDED, "Entry " + i, null, null,
                    i % 3 == 0 ? Visibility.INTERNAL : Visibility.SHARED));
        }
        partner = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partner.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 5));
        PartnerCandidate candidate = partners.find(partner.id()).orElseThrow();
        // an earlier match, declined, and the accepted one: children per match would show as more statements
        matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customer.id(), Role.CUSTOMER,
                        now.minus(2, ChronoUnit.DAYS))
                .propose(List.of(new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP),
                        Region.UNITED_KINGDOM, null))), engineer.id(), Role.ENGINEER, now.minus(2, ChronoUnit.DAYS))
                .decline("Not now", customer.id(), Role.CUSTOMER, now.minus(1, ChronoUnit.DAYS)));
        matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customer.id(), Role.CUSTOMER, now)
                .propose(List.of(new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP),
                        Region.UNITED_KINGDOM, null))), engineer.id(), Role.ENGINEER, now)
                .accept(customer.id(), Role.CUSTOMER, now));
        for (int i = 0; i < 40; i++) {
            backlogItems.save(BacklogItem.create(engagement.id(), engagement.workloads(), "Item " + i, SAP,
                    i % 2 == 0 ? Assignee.partner(partner.id(), partner.name())
                            : Assignee.engineer(engineer.id(), engineer.displayName()),
                    "R" + (i / 10), i % 10 + 1, 3, now));
        }
    }

    /**
     * Every navigation runs the same four: the account check of the session guard, the bell's unread count, the
     * page's outline (record, customer, workloads, names, blocker counts, latest check-in, health, engaged partner)
     * and the live announcement of the new viewer ({@code pg_notify}). A tab adds the statements of what it shows.
     */
    private static final int EVERY_NAVIGATION = 4;

    /** What each tab reads beyond that; a grid's page and its total are one statement. */
    private static final Map<String, Integer> TAB_READS = Map.of(
            "overview", 0, "stakeholders", 0, "phase", 0, // from the outline
            "check-ins", 1, // the page of check-ins with the names of who recorded and acknowledged
            "blockers", 1, // the page of blockers
            "health", 1, // the history of colour changes (the current health came with the outline)
            "partners", 1, // the matches with proposals, history and names (a partner: whether it is engaged)
            "backlog", 1, // progress per release with the page of items
            "activity", 1); // the page of entries (the people's list is read when it opens)

    @Test
    void everyTabOfALongEngagementOpensInAFixedNumberOfStatementsForEveryRole() {
        UserAccount partnerUser = testData.user(Role.PARTNER, partner);
        UserAccount manager = testData.user(Role.PROGRAM_MANAGER);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> over = new ArrayList<>();
        for (UserAccount user : List.of(engineer, customer, partnerUser, manager)) {
            login(user);
            for (String tab : TABS) {
                navigate("engagements");
                var counted = sql.during(() -> {
                    navigate("engagements/" + engagement.id() + "?tab=" + tab);
                    return _get(TabSheet.class).getSelectedTab().getLabel();
                });
                assertThat(counted.result()).as(user.role() + " opens " + tab).isEqualToIgnoringCase(tab);
                String key = user.role() + " " + tab;
                counts.put(key, counted.count());
                int bound = EVERY_NAVIGATION + TAB_READS.get(tab);
                if (counted.count() > bound) {
                    over.add(key + ": " + counted.count() + " > " + bound + "\n  "
                            + String.join("\n  ", counted.statements()));
                }
            }
        }
        log.info("Statements per tab navigation: {}", counts);
        assertThat(over).as("tabs over their bound, with their statements").isEmpty();
        assertThat(counts.values()).allMatch(count -> count <= 8);
    }

    @Test
    void pagingTheLongHistoryReadsOnePageAtATime() {
        login(customer);
        navigate("engagements/" + engagement.id() + "?tab=activity");
        ActivityPanel panel = _get(ActivityPanel.class);
        assertThat(_findAll(panel.grid).size()).isEqualTo(PagedGrid.PAGE_SIZE);

        var next = sql.during(() -> {
            _find(panel, Button.class).stream()
                    .filter(button -> button.getAriaLabel().filter("Next page"::equals).isPresent())
                    .findFirst().orElseThrow().click();
            return _findAll(panel.grid).size();
        });

        assertThat(next.result()).isEqualTo(PagedGrid.PAGE_SIZE);
        // the next page with the total, and nothing else: no count apart, no check of the engagement again
        assertThat(next.count()).isEqualTo(1);
    }
}
