package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Describes the conflict a save on a stale engagement version meets: the engagement as it is stored now and who
 * changed it last, from the newest record change in its history.
 */
@NotABoundary("a helper the writing services call inside the transaction whose save was refused; it reads in their user's scope")
@Component
public class EngagementConflicts {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EngagementAccess access;
    private final Activities activities;
    private final Clock clock;

    EngagementConflicts(EngagementAccess access, Activities activities, Clock clock) {
        this.access = access;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * The conflict on this engagement. Call it inside the transaction whose save was refused: the winner has
     * committed by then (its UPDATE held the row until it did), and every statement here is a new one, so under
     * READ COMMITTED it reads the winner's version and the history entry written with it.
     */
    public EngagementConflictException of(EngagementId id) {
        Engagement current = access.load(id);
        Optional<ActivityEntry> last = activities.latest(id, access.scope(), ActivityKind.recordChanges());
        String by = last.map(ActivityEntry::actorName).orElse("Someone else");
        @Nullable Instant at = last.map(ActivityEntry::at).orElse(null);
        String when = at == null ? "" : " at " + AT.format(at.atZone(clock.getZone()));
        return new EngagementConflictException(by + " changed \"" + current.title() + "\"" + when
                + " while you were editing it, so nothing was saved. Reload to see their changes, then try again.",
                id, by, at, current.version(), EngagementDraft.of(current));
    }
}
