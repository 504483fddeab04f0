package com.fasttrack.portal.live.service;

import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityRecorded;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Announces every new history entry to everyone watching the engagement, on every instance (decision 011). It runs
 * in the writing transaction, and {@link LiveEvents} sends with it ({@code pg_notify}): PostgreSQL delivers the
 * announcement when that transaction commits, and never for one that rolled back.
 */
@Component
@NotABoundary("an event listener: runs inside the writing service's transaction, after its checks")
class LiveAnnouncer {

    private final LiveEvents live;

    LiveAnnouncer(LiveEvents live) {
        this.live = live;
    }

    @EventListener
    void on(ActivityRecorded recorded) {
        ActivityEntry entry = recorded.entry();
        live.publish(new EngagementChanged(entry.engagementId(), entry.kind(), entry.visibility(), entry.actor(),
                entry.actorName(), entry.at()));
    }
}
