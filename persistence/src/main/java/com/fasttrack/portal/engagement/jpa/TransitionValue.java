package com.fasttrack.portal.engagement.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/** A row of phase_transition; appended, never changed. */
@Embeddable
public class TransitionValue {

    @Column(name = "from_phase", nullable = false, length = 32)
    private String fromPhase;

    @Column(name = "to_phase", length = 32)
    private String toPhase;

    @Column(name = "by_user", nullable = false)
    private UUID byUser;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "reason", length = 1000)
    private String reason;

    @Column(name = "override", nullable = false)
    private boolean override;

    protected TransitionValue() {
    }

    TransitionValue(String fromPhase, String toPhase, UUID byUser, Instant at, String reason, boolean override) {
        this.fromPhase = fromPhase;
        this.toPhase = toPhase;
        this.byUser = byUser;
        this.at = at;
        this.reason = reason;
        this.override = override;
    }

    public String getFromPhase() {
        return fromPhase;
    }

    public String getToPhase() {
        return toPhase;
    }

    public UUID getByUser() {
        return byUser;
    }

    public Instant getAt() {
        return at;
    }

    public String getReason() {
        return reason;
    }

    public boolean isOverride() {
        return override;
    }
}
