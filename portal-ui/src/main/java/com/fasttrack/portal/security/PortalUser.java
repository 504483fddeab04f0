package com.fasttrack.portal.security;

import com.fasttrack.portal.organisation.OrganisationId;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The signed-in user as Spring Security holds it: who, which role, which organisation. */
public final class PortalUser implements UserDetails, Serializable {

    private final UserId id;
    private final String email;
    private final String displayName;
    private final String passwordHash;
    private final Role role;
    private final boolean enabled;
    private final @Nullable OrganisationId organisationId;

    PortalUser(UserAccount account) {
        this.id = account.id();
        this.email = account.email().value();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.role = account.role();
        this.enabled = account.enabled();
        this.organisationId = account.organisationId();
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

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
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
