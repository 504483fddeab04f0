package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.ActivityRecorded;
import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Appends to the activity history, in the same transaction as the change it records (a rolled-back change leaves
 * no entry), and publishes {@link ActivityRecorded} for each entry, from which the live updates announce it.
 * The history's listeners ({@link ActivityHistory}, …) build the entries from the services' events.
 */
@Component
@NotABoundary("appends to the history inside the transaction of the change it records")
public class ActivityLog {

    private final Activities activities;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityLog(Activities activities, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The entry for what an event tells, by its actor at its time. */
    public void append(EngagementEvent event, ActivityKind kind, String summary, @Nullable String before,
                       @Nullable String after, Visibility visibility) {
        append(event.engagement(), event.actor(), event.at(), kind, summary, before, after, visibility);
    }

    /** An entry by the signed-in user, now. */
    public void record(EngagementId engagement, ActivityKind kind, String summary, @Nullable String before,
                       @Nullable String after, Visibility visibility) {
        PortalUser user = currentUser.require();
        append(engagement, Actor.person(user.id(), user.displayName()), Instant.now(clock), kind, summary, before,
                after, visibility);
    }

    /** An entry of scheduled work, not of a person (there is no signed-in user), now. */
    public void recordByPortal(EngagementId engagement, ActivityKind kind, String summary, @Nullable String before,
                               @Nullable String after, Visibility visibility) {
        append(engagement, Actor.PORTAL, Instant.now(clock), kind, summary, before, after, visibility);
    }

    private void append(EngagementId engagement, Actor actor, Instant at, ActivityKind kind, String summary,
                        @Nullable String before, @Nullable String after, Visibility visibility) {
        ActivityEntry entry = ActivityEntry.of(engagement, at.truncatedTo(ChronoUnit.MICROS), actor.id(),
                actor.name(), kind, summary, before, after, visibility);
        activities.append(entry);
        events.publishEvent(new ActivityRecorded(entry));
    }
}
