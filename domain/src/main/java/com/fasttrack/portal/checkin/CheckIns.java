package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The port to check-ins. Reads take the scope: outside it nothing is found, and for customers and partners the
 * internal note is left out in SQL.
 */
public interface CheckIns {

    CheckIn save(CheckIn checkIn);

    Optional<CheckIn> find(CheckInId id, EngagementScope scope);

    /** The engagement's check-ins, newest first. */
    List<CheckIn> of(EngagementId engagement, EngagementScope scope, PageRequest page);

    long count(EngagementId engagement, EngagementScope scope);

    /**
     * One page of the engagement's check-ins, newest first, with the total and the names of who recorded and who
     * acknowledged each, in one statement.
     */
    Slice<Named> page(EngagementId engagement, EngagementScope scope, PageRequest page);

    /** A check-in with the names of who recorded and who acknowledged it ("Former user" for a deleted account). */
    record Named(CheckIn checkIn, String recordedBy, @Nullable String acknowledgedBy) {
    }

    /** The most recent check-in of the engagement, if any. */
    Optional<CheckIn> latest(EngagementId engagement, EngagementScope scope);

    /**
     * When the engagement's next check-in is due: the latest check-in's "next" date, or for an engagement without
     * check-ins its start (in the portal's zone) plus the cadence. The health rule and the reminders share it.
     */
    default LocalDate nextDue(Engagement engagement, ZoneId zone) {
        return latest(engagement.id(), new EngagementScope.All()).map(CheckIn::nextCheckIn)
                .orElseGet(() -> LocalDate.ofInstant(engagement.createdAt(), zone)
                        .plus(engagement.cadence().period()));
    }
}
