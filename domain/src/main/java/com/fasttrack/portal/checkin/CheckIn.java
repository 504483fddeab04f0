package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A check-in on an engagement. The shared summary is for everyone on the engagement; the internal note is for
 * the provider's staff only and never reaches a customer or partner.
 */
public record CheckIn(CheckInId id, long version, EngagementId engagementId, LocalDate date, CheckInKind kind,
                      List<String> attendees, String sharedSummary, String internalNote, OnTrack onTrack,
                      String outcomes, String nextSteps, LocalDate nextCheckIn, UserId recordedBy,
                      Instant recordedAt, @Nullable UserId acknowledgedBy, @Nullable Instant acknowledgedAt) {

    public static final int TEXT_MAX = 4000;

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engagementId, "engagementId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        attendees = attendees.stream().map(CheckIn::attendee).filter(name -> !name.isEmpty()).toList();
        sharedSummary = Require.nonBlankText(sharedSummary, "Shared summary", TEXT_MAX);
        internalNote = limit(internalNote, "Internal note");
        Objects.requireNonNull(onTrack, "onTrack");
        outcomes = limit(outcomes, "Outcomes");
        nextSteps = limit(nextSteps, "Next steps");
        Objects.requireNonNull(nextCheckIn, "nextCheckIn");
        if (!nextCheckIn.isAfter(date)) {
            throw new DomainException("The next check-in must be after this one (" + date + ")");
        }
    }

    /** Records a check-in; the next one defaults to its date plus the cadence. */
    public static CheckIn record(EngagementId engagement, LocalDate date, CheckInKind kind, List<String> attendees,
                                 String sharedSummary, String internalNote, OnTrack onTrack, String outcomes,
                                 String nextSteps, @Nullable LocalDate nextCheckIn, Cadence cadence, UserId by,
                                 Instant at) {
        LocalDate next = nextCheckIn == null ? date.plus(cadence.period()) : nextCheckIn;
        return new CheckIn(CheckInId.random(), 0, engagement, date, kind, attendees, sharedSummary, internalNote,
                onTrack, outcomes, nextSteps, next, by, at, null, null);
    }

    /** A customer confirms the check-in's record; once acknowledged it stays so. */
    public CheckIn acknowledge(UserId by, Instant at) {
        if (acknowledgedBy != null) {
            throw new DomainException("This check-in was already acknowledged");
        }
        return new CheckIn(id, version, engagementId, date, kind, attendees, sharedSummary, internalNote, onTrack,
                outcomes, nextSteps, nextCheckIn, recordedBy, recordedAt, by, at);
    }

    public boolean acknowledged() {
        return acknowledgedBy != null;
    }

    /** One attendee per line is how they are stored: a line break would make two of one, so it is refused. */
    private static String attendee(String name) {
        if (name.strip().contains("\n") || name.strip().contains("\r")) {
            throw new DomainException("An attendee must fit on one line: " + name.strip().replaceAll("\\R", " "),
                    "Attendees");
        }
        return Require.line(name, "Attendees", Integer.MAX_VALUE);
    }

    private static String limit(@Nullable String text, String field) {
        return Require.text(text, field, TEXT_MAX);
    }
}
