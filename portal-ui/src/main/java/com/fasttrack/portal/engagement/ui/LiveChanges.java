package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.security.UserId;

import java.time.Instant;
import java.util.List;

/** A burst of live changes as one user's page sees them. */
record LiveChanges(List<EngagementChanged> news, UserId me) {

    /** The user's own changes made before the page last drew itself are on it already. */
    static LiveChanges seenBy(UserId me, Instant drawnAt, List<EngagementChanged> events) {
        return new LiveChanges(events.stream().filter(c -> !(me.equals(c.actor()) && c.at().isBefore(drawnAt)))
                .toList(), me);
    }

    boolean isEmpty() {
        return news.isEmpty();
    }

    EngagementChanged last() {
        return news.getLast();
    }

    boolean byOthers() {
        return news.stream().anyMatch(c -> !me.equals(c.actor()));
    }

    /** Whether someone else changed the record itself, which an open editor of it must hear of. */
    boolean othersChangedTheRecord() {
        return byOthers() && news.stream().anyMatch(EngagementChanged::changesTheRecord);
    }
}
