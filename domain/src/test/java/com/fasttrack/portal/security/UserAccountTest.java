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
                .hasMessage("An engineer works for the provider and belongs to no organisation");
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

    @Test
    void anInvitedUserIsEnabledAndMustChangeItsPassword() {
        OrganisationId organisation = OrganisationId.random();
        UserAccount invited = UserAccount.invite(new EmailAddress("New@Example.com"), "New", Role.CUSTOMER,
                organisation, "{bcrypt}hash");
        assertThat(invited.enabled()).isTrue();
        assertThat(invited.passwordChangeRequired()).isTrue();
        assertThat(invited.version()).isZero();
        assertThat(invited.email().value()).isEqualTo("new@example.com");
        assertThatThrownBy(() -> UserAccount.invite(new EmailAddress("x@example.com"), "X", Role.PARTNER, null, "h"))
                .hasMessage("A partner must belong to an organisation");
    }

    @Test
    void nobodyDisablesItself() {
        UserAccount manager = account(Role.PROGRAM_MANAGER, null);
        assertThatThrownBy(() -> manager.disable(manager.id()))
                .isInstanceOf(DomainException.class).hasMessage("You cannot disable your own account");
        assertThat(manager.disable(UserId.random()).enabled()).isFalse();
        assertThat(manager.disable(UserId.random()).enable().enabled()).isTrue();
    }

    @Test
    void nobodyChangesItsOwnRole() {
        UserAccount manager = account(Role.PROGRAM_MANAGER, null);
        assertThatThrownBy(() -> manager.reassign(manager.id(), Role.ENGINEER, null))
                .hasMessage("You cannot change your own role");
        UserAccount engineer = manager.reassign(UserId.random(), Role.ENGINEER, null);
        assertThat(engineer.role()).isEqualTo(Role.ENGINEER);
        assertThat(engineer.id()).isEqualTo(manager.id());
    }

    @Test
    void reassigningChecksTheOrganisationAgainstTheNewRole() {
        UserAccount engineer = account(Role.ENGINEER, null);
        assertThatThrownBy(() -> engineer.reassign(UserId.random(), Role.CUSTOMER, null))
                .hasMessage("A customer must belong to an organisation");
        OrganisationId organisation = OrganisationId.random();
        assertThat(engineer.reassign(UserId.random(), Role.CUSTOMER, organisation).organisationId())
                .isEqualTo(organisation);
    }

    @Test
    void everyChangeThatMustEndSessionsMovesTheEpochAndNothingElseDoes() {
        UserAccount account = account(Role.ENGINEER, null);
        UserId pm = UserId.random();
        assertThat(account.sessionEpoch()).isZero();
        assertThat(account.disable(pm).sessionEpoch()).isEqualTo(1);
        assertThat(account.reassign(pm, Role.PROGRAM_MANAGER, null).sessionEpoch()).isEqualTo(1);
        assertThat(account.resetPassword("{noop}new", java.time.Instant.now()).sessionEpoch()).isEqualTo(1);
        assertThat(account.changePassword("{noop}new").sessionEpoch()).isEqualTo(1);
        assertThat(account.signOutEverywhere().sessionEpoch()).isEqualTo(1);
        assertThat(account.reassign(pm, Role.ENGINEER, null).sessionEpoch()).isZero();
        assertThat(account.disable(pm).enable().sessionEpoch()).isEqualTo(1);
        OrganisationId other = OrganisationId.random();
        UserAccount customer = account(Role.CUSTOMER, OrganisationId.random());
        assertThat(customer.reassign(pm, Role.CUSTOMER, other).sessionEpoch()).isEqualTo(1);
    }

    @Test
    void aOneTimePasswordExpiresAfterSevenDaysAndAnOwnPasswordNever() {
        java.time.Instant now = java.time.Instant.parse("2026-12-01T10:00:00Z");
        UserAccount reset = account(Role.ENGINEER, null).resetPassword("{noop}otp", now);
        assertThat(reset.passwordChangeRequired()).isTrue();
        assertThat(reset.oneTimePasswordExpired(now.plus(java.time.Duration.ofDays(7)).minusSeconds(1))).isFalse();
        assertThat(reset.oneTimePasswordExpired(now.plus(java.time.Duration.ofDays(7)))).isTrue();
        UserAccount changed = reset.changePassword("{noop}own");
        assertThat(changed.oneTimePasswordExpiresAt()).isNull();
        assertThat(changed.oneTimePasswordExpired(now.plus(java.time.Duration.ofDays(700)))).isFalse();
        UserAccount invited = UserAccount.invite(new EmailAddress("n@example.com"), "N", Role.ENGINEER, null, "h", now);
        assertThat(invited.oneTimePasswordExpiresAt()).isEqualTo(now.plus(java.time.Duration.ofDays(7)));
    }
}
