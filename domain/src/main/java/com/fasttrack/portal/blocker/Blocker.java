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
    public static final int OWNER_MAX = 200;
    public static final Duration CRITICAL_GRACE = Duration.ofDays(3);

    public Blocker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engagementId, "engagementId");
        title = Require.nonBlank(title, "Title", TITLE_MAX);
        description = Require.text(description, "Description", TEXT_MAX);
        Objects.requireNonNull(severity, "severity");
        owner = Require.nonBlank(owner, "Owner", OWNER_MAX);
        Objects.requireNonNull(raisedBy, "raisedBy");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(status, "status");
        resolutionNote = Require.text(resolutionNote, "Resolution note", TEXT_MAX);
        Objects.requireNonNull(visibility, "visibility");
    }

    /** Raises a blocker on {@code today} (the day of {@code at}); a due date lies from that day on. */
    public static Blocker raise(EngagementId engagement, String title, String description, Severity severity,
                                String owner, @Nullable UserId ownerUser, @Nullable LocalDate dueDate,
                                Visibility visibility, UserId by, Instant at, LocalDate today) {
        requireDueFrom(dueDate, today);
        return new Blocker(BlockerId.random(), 0, engagement, title, description, severity, owner, ownerUser, by, at,
                dueDate, BlockerStatus.OPEN, "", visibility, null);
    }

    /**
     * Moves the due date; the new one lies from today on. An existing due date that has passed stays as it is
     * until it is changed: a blocker past due is the signal, not an error.
     */
    public Blocker reschedule(@Nullable LocalDate newDueDate, LocalDate today) {
        if (!status.isOpen()) {
            throw new DomainException("This blocker is closed (" + status.label().toLowerCase() + ")");
        }
        if (Objects.equals(newDueDate, dueDate)) {
            return this;
        }
        requireDueFrom(newDueDate, today);
        return new Blocker(id, version, engagementId, title, description, severity, owner, ownerUser, raisedBy,
                raisedAt, newDueDate, status, resolutionNote, visibility, closedAt);
    }

    private static void requireDueFrom(@Nullable LocalDate dueDate, LocalDate today) {
        if (dueDate != null && dueDate.isBefore(today)) {
            throw new DomainException("The due date must be today (" + today + ") or later; " + dueDate
                    + " has passed", "Due date");
        }
    }

    /** Moves the blocker on; closing it (resolved or won't fix) requires a resolution note. */
    public Blocker changeStatus(BlockerStatus newStatus, @Nullable String note, Instant at) {
        if (!status.isOpen()) {
            throw new DomainException("This blocker is closed (" + status.label().toLowerCase() + ")");
        }
        if (!newStatus.isOpen() && (note == null || note.isBlank())) {
            throw new DomainException("A resolution note is required to close a blocker");
        }
        String resolution = newStatus.isOpen() ? resolutionNote : Require.nonBlankText(note, "Resolution note", TEXT_MAX);
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
