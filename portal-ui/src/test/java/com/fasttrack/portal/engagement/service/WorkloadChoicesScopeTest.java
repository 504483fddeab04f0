package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.testing.KaribuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The workload choices depend on an organisation's home region, so they answer only for customers the user may open
 * or edit engagements for; any other id answers like a missing one.
 */
class WorkloadChoicesScopeTest extends KaribuTest {

    @Autowired
    EngagementService service;

    /** The region the choices were made for: what a foreign id must not reveal. */
    private static String region(List<WorkloadChoice> choices) {
        return choices.getFirst().regionName();
    }

    @Test
    void aCustomerGetsTheChoicesOfItsOwnOrganisationOnly() {
        UserAccount customer = testData.user(Role.CUSTOMER, testData.customerOrganisation(Region.CANADA));
        Organisation other = testData.customerOrganisation(Region.JAPAN);
        login(customer);

        assertThat(region(service.workloadChoices(customer.organisationId()))).isEqualTo(Region.CANADA.displayName());
        assertThatThrownBy(() -> service.workloadChoices(other.id())).isInstanceOf(NotFoundException.class)
                .hasMessage(missing());
    }

    @Test
    void aPartnerGetsNoCustomersChoicesNorItsOwn() {
        UserAccount partner = testData.user(Role.PARTNER);
        Organisation customer = testData.customerOrganisation(Region.CANADA);
        login(partner);

        assertThatThrownBy(() -> service.workloadChoices(customer.id())).isInstanceOf(NotFoundException.class)
                .hasMessage(missing());
        assertThatThrownBy(() -> service.workloadChoices(partner.organisationId()))
                .isInstanceOf(NotFoundException.class).hasMessage(missing());
    }

    @Test
    void staffGetTheChoicesOfAnyCustomerButNotOfAPartnerOrganisation() {
        Organisation canada = testData.customerOrganisation(Region.CANADA);
        Organisation japan = testData.customerOrganisation(Region.JAPAN);
        Organisation partner = testData.partnerOrganisation(Region.CANADA);
        for (Role role : List.of(Role.ENGINEER, Role.PROGRAM_MANAGER)) {
            login(role);
            assertThat(region(service.workloadChoices(canada.id()))).isEqualTo(Region.CANADA.displayName());
            assertThat(region(service.workloadChoices(japan.id()))).isEqualTo(Region.JAPAN.displayName());
            assertThatThrownBy(() -> service.workloadChoices(partner.id())).isInstanceOf(NotFoundException.class);
        }
    }

    private String missing() {
        try {
            service.workloadChoices(OrganisationId.random());
        } catch (NotFoundException expected) {
            return expected.getMessage();
        }
        throw new AssertionError("a random id was found");
    }
}
