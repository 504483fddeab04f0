package com.fasttrack.portal.backlog;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchScore;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacklogItemTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final WorkloadCode SAP = new WorkloadCode("SAP");
    private static final WorkloadCode LINUX = new WorkloadCode("LINUX");
    private static final EngagementId ENGAGEMENT = EngagementId.random();
    private static final OrganisationId NORTHWIND = OrganisationId.random();

    private static BacklogItem item(Assignee assignee) {
        return BacklogItem.create(ENGAGEMENT, Set.of(SAP, LINUX), "Migrate SAP", SAP, assignee, "Release 1", 2, 5,
                NOW);
    }

    @Test
    void aNewItemIsToDoAndItsWorkloadMustBeTheEngagements() {
        assertThat(item(Assignee.customerPerson("Tom Baker")).status()).isEqualTo(BacklogStatus.TODO);
        assertThatThrownBy(() -> BacklogItem.create(ENGAGEMENT, Set.of(LINUX), "Migrate SAP", SAP,
                Assignee.customerPerson("Tom"), "R1", 1, 3, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("Workload SAP is not one of this engagement's workloads");
        assertThatThrownBy(() -> item(Assignee.customerPerson("Tom")).edit(Set.of(SAP), "x", LINUX,
                Assignee.customerPerson("Tom"), "R1", 1, 3, BacklogStatus.DONE))
                .hasMessage("Workload LINUX is not one of this engagement's workloads");
    }

    @Test
    void titleReleaseIterationAndEstimateAreChecked() {
        Assignee tom = Assignee.customerPerson("Tom");
        assertThatThrownBy(() -> BacklogItem.create(ENGAGEMENT, Set.of(SAP), " ", SAP, tom, "R1", 1, 3, NOW))
                .hasMessage("Title is required");
        assertThatThrownBy(() -> BacklogItem.create(ENGAGEMENT, Set.of(SAP), "t", SAP, tom, "", 1, 3, NOW))
                .hasMessage("Release is required");
        assertThatThrownBy(() -> BacklogItem.create(ENGAGEMENT, Set.of(SAP), "t", SAP, tom, "R1", 0, 3, NOW))
                .hasMessage("Iteration must be between 1 and 99");
        assertThatThrownBy(() -> BacklogItem.create(ENGAGEMENT, Set.of(SAP), "t", SAP, tom, "R1", 1, 101, NOW))
                .hasMessage("Estimate must be between 0 and 100 points");
        assertThatThrownBy(() -> BacklogItem.create(ENGAGEMENT, Set.of(SAP), "t", SAP, tom, "R1", 1, -1, NOW))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Assignee.customerPerson(" ")).hasMessage("Assignee is required");
    }

    @Test
    void aPartnerMovesOnlyItemsAssignedToItsOrganisation() {
        BacklogItem ours = item(Assignee.partner(NORTHWIND, "Northwind"));
        BacklogItem theirs = item(Assignee.partner(OrganisationId.random(), "Adatum"));
        BacklogItem customers = item(Assignee.customerPerson("Tom"));

        assertThat(ours.changeStatusAsPartner(NORTHWIND, BacklogStatus.IN_PROGRESS).status())
                .isEqualTo(BacklogStatus.IN_PROGRESS);
        assertThatThrownBy(() -> theirs.changeStatusAsPartner(NORTHWIND, BacklogStatus.DONE))
                .hasMessage("Only items assigned to your organisation can be updated");
        assertThatThrownBy(() -> customers.changeStatusAsPartner(NORTHWIND, BacklogStatus.DONE))
                .isInstanceOf(DomainException.class);
        assertThat(customers.changeStatus(BacklogStatus.DONE).status()).isEqualTo(BacklogStatus.DONE);
    }

    @Test
    void progressCountsDonePointsOrItemsWhenNothingIsEstimated() {
        assertThat(new ReleaseProgress("R1", 4, 1, 16, 5).percent()).isEqualTo(31);
        assertThat(new ReleaseProgress("R1", 4, 1, 0, 0).percent()).isEqualTo(25);
        assertThat(new ReleaseProgress("R1", 0, 0, 0, 0).percent()).isZero();
    }

    @Test
    void aFirstBacklogNeedsASettledPartnerAndAnEmptyBacklog() {
        List<WorkloadArea> areas = List.of(new WorkloadArea(SAP, 0, "SAP on Azure", Map.of()),
                new WorkloadArea(LINUX, 0, "Linux on Azure", Map.of()));
        PartnerCandidate northwind = new PartnerCandidate(PartnerProfile.create(NORTHWIND,
                PartnerType.SOLUTIONS_PARTNER, Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3), "Northwind",
                Region.UNITED_KINGDOM, 0);
        UserId customer = UserId.random();
        PartnerMatch proposed = PartnerMatch.request(ENGAGEMENT, Set.of(SAP), null, "", customer, Role.CUSTOMER, NOW)
                .propose(List.of(new MatchRanking.Ranked(northwind, MatchScore.of(northwind, Set.of(SAP),
                        Region.UNITED_KINGDOM, null))), UserId.random(), Role.ENGINEER, NOW);
        PartnerMatch accepted = proposed.accept(customer, Role.CUSTOMER, NOW);

        List<BacklogItem> items = FirstBacklog.draft(ENGAGEMENT, areas, accepted, 0, NOW);

        assertThat(items).extracting(BacklogItem::title).containsExactly("Assess and plan: SAP on Azure",
                "Migrate: SAP on Azure", "Assess and plan: Linux on Azure", "Migrate: Linux on Azure");
        assertThat(items).allSatisfy(item -> assertThat(item.isAssignedTo(NORTHWIND)).isTrue());
        assertThat(items).extracting(BacklogItem::iteration).containsExactly(1, 2, 1, 2);
        assertThatThrownBy(() -> FirstBacklog.draft(ENGAGEMENT, areas, accepted, 1, NOW))
                .hasMessage("This engagement already has a backlog");
        assertThatThrownBy(() -> FirstBacklog.draft(ENGAGEMENT, areas, proposed, 0, NOW))
                .hasMessage("A first backlog needs an accepted or engaged partner");
        assertThatThrownBy(() -> FirstBacklog.draft(EngagementId.random(), areas, accepted, 0, NOW))
                .hasMessage("A first backlog needs an accepted or engaged partner");
    }
}
