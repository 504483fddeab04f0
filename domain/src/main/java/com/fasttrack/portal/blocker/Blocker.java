package com.fasttrack.portal.blocker;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something in the way of the deployment. Either side raises it; closing it needs a resolution note. It is
 * escalated when critical and open for more than three days, or past its due date.
 */
public record Blocker(BlockerId id, long version, EngagementId engagementId, String title, String description,
                      Severity severity, String owner, @Nullable UserId ownerUser, UserId raisedBy, Instant raisedAt,
                      @Nullable LocalDate dueDate, BlockerStatus status, String resolutionNote,
                      Visibility visibility, @Nullable Instant closedAt) {

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final Duration CRITICAL_GRACE = Duration.ofDays(3);

    public Blocker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engagementId, "engagementId");
        title = Require.nonBlank(title, "Title", TITLE_MAX);
        description = description == null ? "" : description.strip();
        if (description.length() > TEXT_MAX) {
            throw new DomainException("Description must be at most " + TEXT_MAX + " characters");
        }
        Objects.requireNonNull(severity, "severity");
        owner = Require.nonBlank(owner, "Owner", 200);
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(status, "status");
        resolutionNote = resolutionNote == null ? "" : resolutionNote.strip();
        Objects.requireNonNull(visibility, "visibility");
    }

    public static Blocker raise(EngagementId engagement, String title, String description, Severity severity,
                                String owner, @Nullable UserId ownerUser, @Nullable LocalDate dueDate,
                                Visibility visibility, UserId by, Instant at) {
        return new Blocker(BlockerId.random(), 0, engagement, title, description, severity, owner, ownerUser, by, at,
                dueDate, BlockerStatus.OPEN, "", visibility, null);
    }

    /** Moves the blocker on; closing it (resolved or won't fix) requires a resolution note. */
    public Blocker changeStatus(BlockerStatus newStatus, @Nullable String note, Instant at) {
        if (!status.isOpen()) {
            throw new DomainException("This blocker is closed (" + status.label().toLowerCase() + ")");
        }
        if (!newStatus.isOpen() && (note == null || note.isBlank())) {
            throw new DomainException("A resolution note is required to close a blocker");
        }
        String resolution = newStatus.isOpen() ? resolutionNote : Require.nonBlank(note, "Resolution note", TEXT_MAX);
        return new Blocker(id, version, engagementId, title, description, severity, owner, ownerUser, raisedBy,
                raisedAt, dueDate, newStatus, resolution, visibility, newStatus.isOpen() ? null : at);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public boolean isPastDue(LocalDate today) {
        return isOpen() && dueDate != null && today.isAfter(dueDate);
    }

    /** Critical and open for more than three days, or past due. */
    public boolean isEscalated(Instant now, LocalDate today) {
        if (!isOpen()) {
            return false;
        }
        boolean longCritical = severity == Severity.CRITICAL
                && Duration.between(raisedAt, now).compareTo(CRITICAL_GRACE) > 0;
        return longCritical || isPastDue(today);
    }

    /** Whole days since it was raised. */
    public long ageInDays(Instant now) {
        return Duration.between(raisedAt, now).toDays();
    }
}
