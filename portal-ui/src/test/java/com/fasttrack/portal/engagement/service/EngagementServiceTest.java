package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service is the security boundary: these calls go around the views on purpose. */
class EngagementServiceTest extends KaribuTest {

    @Autowired
    EngagementService service;
    @Autowired
    Engagements engagements;

    private Engagement reload(Engagement engagement) {
        return engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
    }

    private static EngagementDraft draft(Engagement engagement, String title) {
        return new EngagementDraft(engagement.customerId(), title, engagement.goal(), engagement.option(),
                engagement.workloads(), Set.of(), null, Map.of());
    }

    @Test
    void aCustomerCannotEditFieldsEvenByCallingTheServiceDirectly() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Mine"),
                List.of(), "SAP");
        login(customer);

        assertThatThrownBy(() -> service.update(engagement.id(), engagement.version(), draft(engagement, "Hacked")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.advance(engagement.id(), engagement.version(), "because"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(draft(engagement, "New")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(reload(engagement).title()).isEqualTo(engagement.title());
    }

    @Test
    void aCustomerMayWriteTheGoalAndItsStakeholders() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Mine"),
                List.of(), "SAP");
        login(customer);
        service.describeGoal(engagement.id(), engagement.version(), "Exit the data centre");
        Engagement after = reload(engagement);
        service.addStakeholder(after.id(), after.version(), "Ada Sponsor", "ada@example.com",
                StakeholderRole.EXECUTIVE_SPONSOR);

        Engagement stored = reload(engagement);
        assertThat(stored.goal()).isEqualTo("Exit the data centre");
        assertThat(stored.stakeholders()).extracting(s -> s.name()).containsExactly("Ada Sponsor");
    }

    @Test
    void aForeignIdIsNotFoundForEveryOperation() {
        Engagement foreign = testData.engagement(testData.customerOrganisation(Region.INDIA), TestData.unique("x"),
                List.of(), "SAP");
        login(Role.CUSTOMER);
        assertThatThrownBy(() -> service.details(foreign.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.describeGoal(foreign.id(), foreign.version(), "mine now"))
                .isInstanceOf(NotFoundException.class);
        login(Role.ENGINEER);
        assertThatThrownBy(() -> service.details(foreign.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAssignedEngineerEditsAndAStaleVersionIsRefused() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Edit"), List.of(engineer), "SAP");
        login(engineer);
        service.update(engagement.id(), engagement.version(), draft(engagement, "Renamed"));
        assertThat(reload(engagement).title()).isEqualTo("Renamed");

        assertThatThrownBy(() -> service.update(engagement.id(), engagement.version(), draft(engagement, "Lost")))
                .isInstanceOfSatisfying(EngagementConflictException.class, conflict -> {
                    assertThat(conflict.changedBy()).isEqualTo(engineer.displayName());
                    assertThat(conflict.changedAt()).isPresent();
                    assertThat(conflict.currentVersion()).isEqualTo(reload(engagement).version());
                    assertThat(conflict.current().title()).isEqualTo("Renamed");
                })
                .hasMessageStartingWith(engineer.displayName() + " changed \"Renamed\" at ");
        assertThat(reload(engagement).title()).isEqualTo("Renamed");
    }

    @Test
    void aStaleGoalNamesWhoChangedItAndCarriesTheCurrentGoal() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Goal"),
                List.of(engineer), "SAP");
        login(engineer);
        service.describeGoal(engagement.id(), engagement.version(), "Leave the data centre");
        login(customer);

        assertThatThrownBy(() -> service.describeGoal(engagement.id(), engagement.version(), "Cut costs"))
                .isInstanceOfSatisfying(EngagementConflictException.class, conflict -> {
                    assertThat(conflict.changedBy()).isEqualTo(engineer.displayName());
                    assertThat(conflict.current().goal()).isEqualTo("Leave the data centre");
                });
        assertThat(reload(engagement).goal()).isEqualTo("Leave the data centre");
    }

    @Test
    void otherStaleChangesAreDomainExceptionsNamingWhoChangedTheRecord() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Stakeholders"), List.of(engineer), "SAP");
        UserAccount manager = login(Role.PROGRAM_MANAGER);
        service.writeAssessment(engagement.id(), engagement.version(), "40 VMs");
        login(engineer);

        assertThatThrownBy(() -> service.addStakeholder(engagement.id(), engagement.version(), "Ada", null,
                StakeholderRole.TECHNICAL_LEAD))
                .isInstanceOf(com.fasttrack.portal.shared.DomainException.class)
                .hasMessageStartingWith(manager.displayName() + " changed");
        assertThat(reload(engagement).stakeholders()).isEmpty();
    }

    @Test
    void anUnavailableWorkloadIsRefusedOnUpdateToo() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.BRAZIL),
                TestData.unique("Brazil"), List.of(engineer), "SAP");
        login(engineer);
        EngagementDraft withHpc = new EngagementDraft(engagement.customerId(), engagement.title(), "",
                PartnershipOption.FASTTRACK, Set.of(new WorkloadCode("HPC")), Set.of(), null, Map.of());
        assertThatThrownBy(() -> service.update(engagement.id(), engagement.version(), withHpc))
                .hasMessage("High-performance computing is not available in Brazil");
        assertThat(reload(engagement).workloads()).containsExactly(new WorkloadCode("SAP"));
    }

    @Test
    void onlyAProgramManagerAssignsEngineers() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount other = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Assign"), List.of(engineer), "SAP");
        login(engineer);
        assertThatThrownBy(() -> service.assignEngineers(engagement.id(), engagement.version(), Set.of(other.id())))
                .isInstanceOf(AccessDeniedException.class);
        login(Role.PROGRAM_MANAGER);
        service.assignEngineers(engagement.id(), engagement.version(), Set.of(other.id()));
        assertThat(reload(engagement).engineers()).containsExactly(other.id());
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement now = reload(engagement);
        assertThatThrownBy(() -> service.assignEngineers(now.id(), now.version(), Set.of(customer.id())))
                .hasMessageContaining("is not an active engineer");
    }
}
