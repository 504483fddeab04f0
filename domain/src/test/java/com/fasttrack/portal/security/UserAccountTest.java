package com.fasttrack.portal.security;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private static UserAccount account(Role role, OrganisationId organisation) {
        return new UserAccount(UserId.random(), 0, new EmailAddress("a@example.com"), "Ada", "{noop}x", role, true,
                organisation, false);
    }

    @Test
    void customerWithoutOrganisationIsRefused() {
        assertThatThrownBy(() -> account(Role.CUSTOMER, null))
                .isInstanceOf(DomainException.class)
                .hasMessage("A customer must belong to an organisation");
    }

    @Test
    void engineerInAnOrganisationIsRefused() {
        assertThatThrownBy(() -> account(Role.ENGINEER, OrganisationId.random()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("belongs to no organisation");
    }

    @Test
    void partnerMustBeInPartnerOrganisation() {
        assertThatThrownBy(() -> UserAccount.requireMatchingKind(Role.PARTNER, OrganisationKind.CUSTOMER))
                .hasMessage("A partner must belong to a partner organisation");
        UserAccount.requireMatchingKind(Role.PARTNER, OrganisationKind.PARTNER);
    }

    @Test
    void emailIsNormalisedAndValidated() {
        assertThat(new EmailAddress("  Ada@Example.COM ").value()).isEqualTo("ada@example.com");
        assertThatThrownBy(() -> new EmailAddress("not-an-email")).isInstanceOf(DomainException.class)
                .hasMessageContaining("not a valid e-mail address");
        assertThatThrownBy(() -> new EmailAddress(" ")).hasMessage("E-mail is required");
    }

    @Test
    void disablingKeepsEverythingElse() {
        UserAccount account = account(Role.CUSTOMER, OrganisationId.random());
        UserAccount disabled = account.withEnabled(false);
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.email()).isEqualTo(account.email());
        assertThat(disabled.organisationId()).isEqualTo(account.organisationId());
    }
}
