package com.fasttrack.portal.security.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "app_user")
public class UserAccountEntity {

    @Id
    private UUID id;

    @Version
    private Long version;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(nullable = false, length = 32)
    private String role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Column(name = "one_time_password_expires_at")
    private Instant oneTimePasswordExpiresAt;

    protected UserAccountEntity() {
    }

    UserAccountEntity(UUID id) {
        this.id = id;
    }

    public UUID getId() {
        return id;
    }

    /** 0 until first stored; JPA sees a null version as a new row. */
    public long getVersion() {
        return version == null ? 0 : version;
    }

    public String getEmail() {
        return email;
    }

    void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getRole() {
        return role;
    }

    void setRole(String role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    void setOrganisationId(UUID organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    void setSessionEpoch(long sessionEpoch) {
        this.sessionEpoch = sessionEpoch;
    }

    public Instant getOneTimePasswordExpiresAt() {
        return oneTimePasswordExpiresAt;
    }

    void setOneTimePasswordExpiresAt(Instant oneTimePasswordExpiresAt) {
        this.oneTimePasswordExpiresAt = oneTimePasswordExpiresAt;
    }
}
