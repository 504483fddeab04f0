package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementScopeTest {

    @Test
    void eachRoleGetsItsScope() {
        UserId user = UserId.random();
        OrganisationId org = OrganisationId.random();
        assertThat(EngagementScope.of(Role.PROGRAM_MANAGER, user, Optional.empty()))
                .isEqualTo(new EngagementScope.All());
        assertThat(EngagementScope.of(Role.ENGINEER, user, Optional.empty()))
                .isEqualTo(new EngagementScope.AssignedTo(user));
        assertThat(EngagementScope.of(Role.CUSTOMER, user, Optional.of(org)))
                .isEqualTo(new EngagementScope.OfCustomer(org));
        assertThat(EngagementScope.of(Role.PARTNER, user, Optional.of(org)))
                .isEqualTo(new EngagementScope.EngagedPartner(org));
    }

    @Test
    void onlyProviderStaffSeeInternalContent() {
        assertThat(new EngagementScope.All().seesInternal()).isTrue();
        assertThat(new EngagementScope.AssignedTo(UserId.random()).seesInternal()).isTrue();
        assertThat(new EngagementScope.OfCustomer(OrganisationId.random()).seesInternal()).isFalse();
        assertThat(new EngagementScope.EngagedPartner(OrganisationId.random()).seesInternal()).isFalse();
    }
}
