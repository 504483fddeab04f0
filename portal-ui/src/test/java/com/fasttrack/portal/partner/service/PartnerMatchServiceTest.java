package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.service.ActivityService;
import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.service.BacklogService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.PartnerFilter;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The services are the security boundary: these calls go around the views on purpose. */
class PartnerMatchServiceTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    PartnerMatchService service;
    @Autowired
    PartnerDirectoryService directory;
    @Autowired
    BacklogService backlog;
    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;
    @Autowired
    ActivityService activity;

    @Test
    void onlyProgramManagersReachTheDirectory() {
        for (Role role : List.of(Role.CUSTOMER, Role.ENGINEER, Role.PARTNER)) {
            login(role);
            assertThatThrownBy(() -> directory.count(PartnerFilter.none())).isInstanceOf(AccessDeniedException.class);
        }
        login(Role.PROGRAM_MANAGER);
        Organisation customer = testData.customerOrganisation(Region.UNITED_KINGDOM);
        PartnerProfileDraft draft = new PartnerProfileDraft(PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 2);
        assertThatThrownBy(() -> directory.save(customer.id(), 0, draft)).isInstanceOf(DomainException.class)
                .hasMessageContaining("is not a partner organisation");
    }

    @Test
    void rolesAreCheckedOnEveryStepEvenAroundTheView() {
        Organisation partnerOrganisation = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partnerOrganisation.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3));
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount otherEngineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Roles"),
                List.of(engineer), "SAP");

        login(testData.user(Role.PARTNER, partnerOrganisation));
        assertThatThrownBy(() -> service.request(engagement.id(), Set.of(SAP), null, ""))
                .isInstanceOf(NotFoundException.class);
        login(otherEngineer);
        assertThatThrownBy(() -> service.request(engagement.id(), Set.of(SAP), null, ""))
                .isInstanceOf(NotFoundException.class);

        login(customer);
        assertThatThrownBy(() -> service.request(engagement.id(), Set.of(new WorkloadCode("HPC")), null, ""))
                .hasMessage("Workload HPC is not one of this engagement's workloads");
        PartnerMatch requested = service.request(engagement.id(), Set.of(SAP), null, "");
        assertThatThrownBy(() -> service.request(engagement.id(), Set.of(SAP), null, ""))
                .hasMessage("This engagement already has an open partner match");
        assertThatThrownBy(() -> service.ranking(engagement.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.propose(engagement.id(), requested.id(), requested.version(),
                List.of(partnerOrganisation.id()))).isInstanceOf(AccessDeniedException.class);

        login(engineer);
        PartnerMatch proposed = service.propose(engagement.id(), requested.id(), requested.version(),
                List.of(partnerOrganisation.id()));
        assertThatThrownBy(() -> service.accept(engagement.id(), proposed.id(), proposed.version()))
                .hasMessage("Only the customer may accept a partner");

        login(customer);
        PartnerMatch accepted = service.accept(engagement.id(), proposed.id(), proposed.version());
        assertThat(accepted.status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThatThrownBy(() -> service.engage(engagement.id(), accepted.id(), accepted.version()))
                .isInstanceOf(AccessDeniedException.class);

        login(engineer);
        backlog.draftFirstBacklog(engagement.id());
        BacklogItem item = backlog.of(engagement.id(), BacklogFilter.none(),
                PageRequest.of(0, 10)).getFirst();
        login(customer);
        assertThatThrownBy(() -> backlog.changeStatus(item.id(), item.version(), BacklogStatus.DONE))
                .isInstanceOf(AccessDeniedException.class);
        login(testData.user(Role.PARTNER, partnerOrganisation));
        assertThat(backlog.changeStatus(item.id(), item.version(), BacklogStatus.DONE).status())
                .isEqualTo(BacklogStatus.DONE);

        login(engineer);
        PartnerMatch closed = service.close(engagement.id(), accepted.id(), accepted.version(), "Done");
        assertThat(closed.status()).isEqualTo(MatchStatus.CLOSED);
        login(testData.user(Role.PARTNER, partnerOrganisation));
        assertThatThrownBy(() -> backlog.count(engagement.id(), BacklogFilter.none()))
                .isInstanceOf(NotFoundException.class);
        assertThat(matches.of(engagement.id())).singleElement().satisfies(m -> assertThat(m.transitions())
                .extracting(t -> t.to()).containsExactly(MatchStatus.REQUESTED, MatchStatus.PROPOSED,
                        MatchStatus.ACCEPTED, MatchStatus.CLOSED));
    }

    @Test
    void everyMatchStepAndBacklogChangeIsInTheHistoryButPartnersNeverSeeTheMatchmaking() {
        Organisation partnerOrganisation = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partnerOrganisation.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3));
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount partner = testData.user(Role.PARTNER, partnerOrganisation);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("History"),
                List.of(engineer), "SAP");
        login(customer);
        PartnerMatch requested = service.request(engagement.id(), Set.of(SAP), null, "");
        login(engineer);
        PartnerMatch proposed = service.propose(engagement.id(), requested.id(), requested.version(),
                List.of(partnerOrganisation.id()));
        login(customer);
        PartnerMatch accepted = service.accept(engagement.id(), proposed.id(), proposed.version());
        login(engineer);
        service.engage(engagement.id(), accepted.id(), accepted.version());
        int drafted = backlog.draftFirstBacklog(engagement.id()).size();
        login(partner);
        BacklogItem item = backlog.of(engagement.id(), BacklogFilter.none(), PageRequest.of(0, 10)).getFirst();
        backlog.changeStatus(item.id(), item.version(), BacklogStatus.IN_PROGRESS);

        login(customer);
        List<ActivityEntry> seenByCustomer = activity.of(engagement.id(), null, null, PageRequest.of(0, 100));
        assertThat(seenByCustomer).extracting(ActivityEntry::kind).contains(ActivityKind.PARTNER_REQUESTED,
                ActivityKind.PARTNER_PROPOSED, ActivityKind.PARTNER_ACCEPTED, ActivityKind.PARTNER_ENGAGED,
                ActivityKind.BACKLOG_ITEM_CHANGED);
        assertThat(seenByCustomer).filteredOn(e -> e.kind() == ActivityKind.BACKLOG_ITEM_ADDED).hasSize(drafted);
        assertThat(seenByCustomer).filteredOn(e -> e.kind() == ActivityKind.BACKLOG_ITEM_CHANGED).singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(partner.id());
                    assertThat(e.before()).startsWith(BacklogStatus.TODO.label());
                    assertThat(e.after()).startsWith(BacklogStatus.IN_PROGRESS.label());
                });
        assertThat(seenByCustomer).filteredOn(e -> e.kind() == ActivityKind.PARTNER_ACCEPTED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(customer.id()));

        login(partner);
        assertThat(activity.of(engagement.id(), null, null, PageRequest.of(0, 100))).extracting(ActivityEntry::kind)
                .contains(ActivityKind.PARTNER_ENGAGED, ActivityKind.BACKLOG_ITEM_ADDED)
                .noneMatch(ActivityKind::isMatchmaking);
        assertThat(activity.count(engagement.id(), ActivityKind.PARTNER_PROPOSED, null)).isZero();
    }
}
