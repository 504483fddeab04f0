package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.shared.PageRequest;

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

    /** The most recent check-in of the engagement, if any. */
    Optional<CheckIn> latest(EngagementId engagement, EngagementScope scope);
}
