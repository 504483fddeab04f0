package com.fasttrack.portal.access;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Who changed an engagement record last, for a save refused on a stale version: the engagement as it is stored now
 * and the newest record change in its history, for every feature that saves the record on a version.
 */
@Component
public class LastChanges {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final EngagementAccess access;
    private final Activities activities;
    private final Clock clock;

    LastChanges(EngagementAccess access, Activities activities, Clock clock) {
        this.access = access;
        this.activities = activities;
        this.clock = clock;
    }

    /**
     * The last change of this engagement. Call it inside the transaction whose save was refused: the winner has
     * committed by then (its UPDATE held the row until it did), and every statement here is a new one, so under
     * READ COMMITTED it reads the winner's version and the history entry written with it.
     */
    public LastChange of(EngagementId id) {
        Engagement current = access.load(id);
        Optional<ActivityEntry> last = activities.latest(id, access.scope(), ActivityKind.recordChanges());
        String by = last.map(ActivityEntry::actorName).orElse("Someone else");
        @Nullable Instant at = last.map(ActivityEntry::at).orElse(null);
        String when = at == null ? "" : " at " + AT.format(at.atZone(clock.getZone()));
        return new LastChange(current, by, at, by + " changed \"" + current.title() + "\"" + when
                + " while you were editing it, so nothing was saved. Reload to see their changes, then try again.");
    }

    /** The engagement as stored now, who changed it last and when (if the history says), and the message for the user. */
    public record LastChange(Engagement current, String by, @Nullable Instant at, String message) {
    }
}
