package com.fasttrack.portal.security;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.util.Locale;
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
        requireOrganisationFits(role, organisationId);
    }

    /** A newly invited user: enabled, signing in with a one-time password that it must change at once. */
    public static UserAccount invite(EmailAddress email, String displayName, Role role,
                                     @Nullable OrganisationId organisationId, String oneTimePasswordHash) {
        return new UserAccount(UserId.random(), 0, email, displayName, oneTimePasswordHash, role, true,
                organisationId, true);
    }

    /** Checks that customers and partners name an organisation and the provider's staff none. */
    public static void requireOrganisationFits(Role role, @Nullable OrganisationId organisationId) {
        if (role.requiresOrganisation() && organisationId == null) {
            throw new DomainException(aOrAn(role) + " must belong to an organisation");
        }
        if (!role.requiresOrganisation() && organisationId != null) {
            throw new DomainException(aOrAn(role) + " works for the provider and belongs to no organisation");
        }
    }

    /** Checks that the organisation's kind fits the role (a customer in a customer organisation, ...). */
    public static void requireMatchingKind(Role role, OrganisationKind kind) {
        OrganisationKind expected = role == Role.PARTNER ? OrganisationKind.PARTNER : OrganisationKind.CUSTOMER;
        if (role.requiresOrganisation() && kind != expected) {
            throw new DomainException(aOrAn(role) + " must belong to a "
                    + expected.label().toLowerCase() + " organisation");
        }
    }

    /** "A customer", "An engineer": the role as the subject of a message. */
    private static String aOrAn(Role role) {
        String noun = role.label().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "An " : "A ") + noun;
    }

    public Optional<OrganisationId> organisation() {
        return Optional.ofNullable(organisationId);
    }

    public UserAccount withPassword(String newHash, boolean mustChange) {
        return new UserAccount(id, version, email, displayName, newHash, role, enabled, organisationId, mustChange);
    }

    /**
     * Gives the user another role or organisation. Nobody changes its own role: a program manager could
     * otherwise lock the last administrator out.
     */
    public UserAccount reassign(UserId by, Role newRole, @Nullable OrganisationId newOrganisationId) {
        if (by.equals(id) && newRole != role) {
            throw new DomainException("You cannot change your own role");
        }
        return new UserAccount(id, version, email, displayName, passwordHash, newRole, enabled, newOrganisationId,
                passwordChangeRequired);
    }

    /** A disabled user cannot sign in; nobody disables itself (it could not undo it). */
    public UserAccount disable(UserId by) {
        if (by.equals(id)) {
            throw new DomainException("You cannot disable your own account");
        }
        return withEnabled(false);
    }

    public UserAccount enable() {
        return withEnabled(true);
    }

    public UserAccount withEnabled(boolean newEnabled) {
        return new UserAccount(id, version, email, displayName, passwordHash, role, newEnabled, organisationId,
                passwordChangeRequired);
    }
}
