package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItemAdded;
import com.fasttrack.portal.backlog.BacklogItemChanged;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerRaised;
import com.fasttrack.portal.blocker.BlockerStatusChanged;
import com.fasttrack.portal.checkin.CadenceChanged;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInAcknowledged;
import com.fasttrack.portal.checkin.CheckInRecorded;
import com.fasttrack.portal.engagement.EngagementCreated;
import com.fasttrack.portal.health.HealthOverrideEnded;
import com.fasttrack.portal.health.HealthOverridden;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Writes the history of the engagement's parts from the services' events, in the writing transaction. An entry
 * names only what everyone who may see it may know: a check-in's entry carries its shared summary, never the
 * internal note; an internal blocker's entry is internal.
 */
@Component
@NotABoundary("an event listener: runs inside the writing service's transaction, after its checks")
// the history before the notifications (order 20), as the services called them: the live refresh of a page goes
// out before the bells of the same change
@Order(10)
class ActivityHistory {

    private final ActivityLog log;

    ActivityHistory(ActivityLog log) {
        this.log = log;
    }

    @EventListener
    void on(EngagementCreated event) {
        log.append(event, ActivityKind.ENGAGEMENT_CREATED, "Engagement created", null,
                event.title() + " for " + event.customerName(), Visibility.SHARED);
    }

    /** The shared summary only: the internal note never enters the shared history. */
    @EventListener
    void on(CheckInRecorded event) {
        CheckIn saved = event.checkIn();
        log.append(event, ActivityKind.CHECK_IN_RECORDED, "Check-in of " + saved.date() + " recorded ("
                + saved.onTrack().label() + ")", null, saved.sharedSummary(), Visibility.SHARED);
    }

    @EventListener
    void on(CheckInAcknowledged event) {
        log.append(event, ActivityKind.CHECK_IN_ACKNOWLEDGED, "Check-in of " + event.checkIn().date()
                + " acknowledged", null, null, Visibility.SHARED);
    }

    @EventListener
    void on(CadenceChanged event) {
        log.append(event, ActivityKind.CADENCE_CHANGED, "Check-in cadence changed", cadence(event.beforeDays()),
                cadence(event.afterDays()), Visibility.SHARED);
    }

    private static String cadence(@Nullable Integer days) {
        return days == null ? "phase default" : days + " days";
    }

    /** An internal blocker's entry is internal. */
    @EventListener
    void on(BlockerRaised event) {
        Blocker blocker = event.blocker();
        log.append(event, ActivityKind.BLOCKER_RAISED, "Blocker '" + blocker.title() + "' raised ("
                + blocker.severity().label() + ", owner " + blocker.owner() + ")", null, blocker.status().label(),
                blocker.visibility());
    }

    @EventListener
    void on(BlockerStatusChanged event) {
        Blocker before = event.before();
        Blocker changed = event.after();
        log.append(event, ActivityKind.BLOCKER_CHANGED, "Blocker '" + before.title() + "' "
                + changed.status().label().toLowerCase() + (changed.isOpen() ? "" : ": " + changed.resolutionNote()),
                before.status().label(), changed.status().label(), before.visibility());
    }

    @EventListener
    void on(HealthOverridden event) {
        log.append(event, ActivityKind.HEALTH_OVERRIDDEN, "Health overridden until " + event.until() + ": "
                + event.reason(), null, event.colour().label(), Visibility.SHARED);
    }

    @EventListener
    void on(HealthOverrideEnded event) {
        log.append(event, ActivityKind.HEALTH_OVERRIDDEN, "Health override ended", null, null, Visibility.SHARED);
    }

    @EventListener
    void on(BacklogItemAdded event) {
        BacklogItem item = event.item();
        log.append(event, ActivityKind.BACKLOG_ITEM_ADDED, "Backlog item '" + item.title() + "' added ("
                + item.release() + ", iteration " + item.iteration() + ")", null, item.status().label(),
                Visibility.SHARED);
    }

    @EventListener
    void on(BacklogItemChanged event) {
        log.append(event, ActivityKind.BACKLOG_ITEM_CHANGED, "Backlog item '" + event.after().title() + "' changed",
                describe(event.before()), describe(event.after()), Visibility.SHARED);
    }

    private static String describe(BacklogItem item) {
        return item.status().label() + " · " + item.release() + " / iteration " + item.iteration() + " · "
                + item.estimate() + " pt";
    }
}
