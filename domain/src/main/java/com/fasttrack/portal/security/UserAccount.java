package com.fasttrack.portal.security;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in. Customers and partners belong to exactly one organisation of the matching kind;
 * engineers and program managers to none. The session epoch counts the changes that must end the account's open
 * sessions (disable, another role or organisation, a new password, "sign out everywhere"): a session signed in
 * under an older epoch is over. A one-time password stops working at its expiry.
 */
public record UserAccount(UserId id, long version, EmailAddress email, String displayName, String passwordHash,
                          Role role, boolean enabled, @Nullable OrganisationId organisationId,
                          boolean passwordChangeRequired, long sessionEpoch,
                          @Nullable Instant oneTimePasswordExpiresAt) {

    public static final int DISPLAY_NAME_MAX = 200;
    /** How long a one-time password handed over by a program manager may be used. */
    public static final Duration ONE_TIME_PASSWORD_VALIDITY = Duration.ofDays(7);

    public UserAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        displayName = Require.nonBlank(displayName, "Display name", DISPLAY_NAME_MAX);
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        requireOrganisationFits(role, organisationId);
        if (!passwordChangeRequired) {
            oneTimePasswordExpiresAt = null;
        }
    }

    /** An account as first stored: epoch 0, and a password that does not expire. */
    public UserAccount(UserId id, long version, EmailAddress email, String displayName, String passwordHash,
                       Role role, boolean enabled, @Nullable OrganisationId organisationId,
                       boolean passwordChangeRequired) {
        this(id, version, email, displayName, passwordHash, role, enabled, organisationId, passwordChangeRequired,
                0, null);
    }

    /** A newly invited user: enabled, signing in with a one-time password that it must change at once. */
    public static UserAccount invite(EmailAddress email, String displayName, Role role,
                                     @Nullable OrganisationId organisationId, String oneTimePasswordHash,
                                     Instant now) {
        return new UserAccount(UserId.random(), 0, email, displayName, oneTimePasswordHash, role, true,
                organisationId, true, 0, now.plus(ONE_TIME_PASSWORD_VALIDITY));
    }

    /** An invitation whose one-time password does not expire (for fixtures; the portal passes the time). */
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

    /** Whether the one-time password the user must still replace has run out (it can no longer sign in). */
    public boolean oneTimePasswordExpired(Instant now) {
        return passwordChangeRequired && oneTimePasswordExpiresAt != null && !now.isBefore(oneTimePasswordExpiresAt);
    }

    /** Another password hash, keeping the sessions and the expiry as they are (for fixtures and migrations). */
    public UserAccount withPassword(String newHash, boolean mustChange) {
        return new UserAccount(id, version, email, displayName, newHash, role, enabled, organisationId, mustChange,
                sessionEpoch, oneTimePasswordExpiresAt);
    }

    /** A program manager's reset: a one-time password valid for a week; every open session ends. */
    public UserAccount resetPassword(String oneTimePasswordHash, Instant now) {
        return new UserAccount(id, version, email, displayName, oneTimePasswordHash, role, enabled, organisationId,
                true, sessionEpoch + 1, now.plus(ONE_TIME_PASSWORD_VALIDITY));
    }

    /** The user's own new password; every session signed in with the old one ends. */
    public UserAccount changePassword(String newHash) {
        return new UserAccount(id, version, email, displayName, newHash, role, enabled, organisationId, false,
                sessionEpoch + 1, null);
    }

    /** Ends every open session of the account, changing nothing else. */
    public UserAccount signOutEverywhere() {
        return new UserAccount(id, version, email, displayName, passwordHash, role, enabled, organisationId,
                passwordChangeRequired, sessionEpoch + 1, oneTimePasswordExpiresAt);
    }

    /**
     * Gives the user another role or organisation. Nobody changes its own role: a program manager could
     * otherwise lock the last administrator out.
     */
    public UserAccount reassign(UserId by, Role newRole, @Nullable OrganisationId newOrganisationId) {
        if (by.equals(id) && newRole != role) {
            throw new DomainException("You cannot change your own role");
        }
        boolean changed = newRole != role || !Objects.equals(newOrganisationId, organisationId);
        return new UserAccount(id, version, email, displayName, passwordHash, newRole, enabled, newOrganisationId,
                passwordChangeRequired, changed ? sessionEpoch + 1 : sessionEpoch, oneTimePasswordExpiresAt);
    }

    /** A disabled user cannot sign in and its sessions end; nobody disables itself (it could not undo it). */
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
        boolean disabling = enabled && !newEnabled;
        return new UserAccount(id, version, email, displayName, passwordHash, role, newEnabled, organisationId,
                passwordChangeRequired, disabling ? sessionEpoch + 1 : sessionEpoch, oneTimePasswordExpiresAt);
    }
}
