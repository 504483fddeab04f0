package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.shared.DomainException;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone else saved the engagement after the user loaded it, so nothing was saved. It carries who saved last and
 * when, and the engagement as it stands now, so that the user can compare it with what they typed
 * ({@link EngagementComparison}) and save again on {@link #currentVersion()}. Its message alone names who changed it.
 */
public final class EngagementConflictException extends DomainException {

    private final EngagementId engagementId;
    private final String changedBy;
    private final @Nullable Instant changedAt;
    private final long currentVersion;
    private final EngagementDraft current;

    EngagementConflictException(String message, EngagementId engagementId, String changedBy,
                                @Nullable Instant changedAt, long currentVersion, EngagementDraft current) {
        super(message);
        this.engagementId = engagementId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.currentVersion = currentVersion;
        this.current = current;
    }

    public EngagementId engagementId() {
        return engagementId;
    }

    /** The display name of who saved the engagement last ("Someone else" when the history does not say). */
    public String changedBy() {
        return changedBy;
    }

    /** When they saved it, when the history says. */
    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }

    /** The version to save on now. */
    public long currentVersion() {
        return currentVersion;
    }

    /** The engagement's fields as they are stored now. */
    public EngagementDraft current() {
        return current;
    }
}
