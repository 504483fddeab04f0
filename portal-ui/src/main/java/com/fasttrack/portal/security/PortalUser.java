package com.fasttrack.portal.security;

import com.fasttrack.portal.organisation.OrganisationId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user as Spring Security holds it: who, which role, which organisation, and the account's session
 * epoch and the moment of sign-in, which {@link AccountSessionFilter} compares with the database on every request.
 * The password hash is only here while the sign-in checks it; Spring erases it before the principal goes into the
 * session.
 */
public final class PortalUser implements UserDetails, CredentialsContainer, Serializable {

    /** The only authority of a user who must replace its one-time password: no role, so every role check denies. */
    public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

    private final UserId id;
    private final String email;
    private final String displayName;
    private @Nullable String passwordHash;
    private final Role role;
    private final boolean enabled;
    private final @Nullable OrganisationId organisationId;
    private final boolean passwordChangeRequired;
    private final boolean oneTimePasswordExpired;
    private final long sessionEpoch;
    private final Instant signedInAt;

    PortalUser(UserAccount account, Instant now) {
        this(account, now, account.passwordHash(), account.oneTimePasswordExpired(now));
    }

    private PortalUser(UserAccount account, Instant signedInAt, @Nullable String passwordHash,
                       boolean oneTimePasswordExpired) {
        this.id = account.id();
        this.email = account.email().value();
        this.displayName = account.displayName();
        this.passwordHash = passwordHash;
        this.role = account.role();
        this.enabled = account.enabled();
        this.organisationId = account.organisationId();
        this.passwordChangeRequired = account.passwordChangeRequired();
        this.oneTimePasswordExpired = oneTimePasswordExpired;
        this.sessionEpoch = account.sessionEpoch();
        this.signedInAt = signedInAt;
    }

    /**
     * The same sign-in after the user changed its own account (its password): the account as now, the sign-in
     * moment as before (the session's absolute lifetime still counts from it), no password hash.
     */
    public PortalUser renewedFor(UserAccount changed) {
        if (!changed.id().equals(id)) {
            throw new IllegalArgumentException("Another account");
        }
        return new PortalUser(changed, signedInAt, null, false);
    }

    public UserId id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Optional<OrganisationId> organisationId() {
        return Optional.ofNullable(organisationId);
    }

    /** Signed in with a one-time password it has not yet replaced: it may only change it or sign out. */
    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public long sessionEpoch() {
        return sessionEpoch;
    }

    public Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (passwordChangeRequired) {
            return List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
        }
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** False for a one-time password older than its week: Spring's sign-in check then refuses it. */
    @Override
    public boolean isCredentialsNonExpired() {
        return !oneTimePasswordExpired;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PortalUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PortalUser[" + email + ", " + role + "]";
    }
}
