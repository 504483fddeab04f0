package com.fasttrack.portal.security;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in. Customers and partners belong to exactly one organisation of the matching kind;
 * engineers and program managers to none.
 */
public record UserAccount(UserId id, long version, EmailAddress email, String displayName, String passwordHash,
                          Role role, boolean enabled, @Nullable OrganisationId organisationId,
                          boolean passwordChangeRequired) {

    public static final int DISPLAY_NAME_MAX = 200;

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        displayName = Require.nonBlank(displayName, "Display name", DISPLAY_NAME_MAX);
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        if (role.requiresOrganisation() && organisationId == null) {
            throw new DomainException("A " + role.label().toLowerCase() + " must belong to an organisation");
        }
        if (!role.requiresOrganisation() && organisationId != null) {
            throw new DomainException("A " + role.label().toLowerCase() + " works for the provider and belongs to no organisation");
        }
    }

    /** Checks that the organisation's kind fits the role (a customer in a customer organisation, ...). */
    public static void requireMatchingKind(Role role, OrganisationKind kind) {
        OrganisationKind expected = role == Role.PARTNER ? OrganisationKind.PARTNER : OrganisationKind.CUSTOMER;
        if (role.requiresOrganisation() && kind != expected) {
            throw new DomainException("A " + role.label().toLowerCase() + " must belong to a "
                    + expected.label().toLowerCase() + " organisation");
        }
    }

    public Optional<OrganisationId> organisation() {
        return Optional.ofNullable(organisationId);
    }

    public UserAccount withPassword(String newHash, boolean mustChange) {
        return new UserAccount(id, version, email, displayName, newHash, role, enabled, organisationId, mustChange);
    }

    public UserAccount withEnabled(boolean newEnabled) {
        return new UserAccount(id, version, email, displayName, passwordHash, role, newEnabled, organisationId,
                passwordChangeRequired);
    }
}
