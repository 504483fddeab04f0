package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.notification.service.Notifier;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Appends to the activity history, in the same transaction as the change it records (a rolled-back change leaves
 * no entry), and announces the change to everyone watching the engagement live once that transaction commits.
 * Engagement changes are described by comparing the state before and after.
 */
@Component
public class ActivityLog {

    private final Activities activities;
    private final CurrentUser currentUser;
    private final LiveEvents live;
    private final Notifier notifier;
    private final Clock clock;

    ActivityLog(Activities activities, CurrentUser currentUser, LiveEvents live, Notifier notifier, Clock clock) {
        this.activities = activities;
        this.live = live;
        this.notifier = notifier;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public void record(EngagementId engagement, ActivityKind kind, String summary, @Nullable String before,
                       @Nullable String after, Visibility visibility) {
        PortalUser user = currentUser.require();
        append(engagement, user.id(), user.displayName(), kind, summary, before, after, visibility);
    }

    /** A change made by scheduled work, not by a person (there is no signed-in user). */
    public void recordByPortal(EngagementId engagement, ActivityKind kind, String summary, @Nullable String before,
                               @Nullable String after, Visibility visibility) {
        append(engagement, null, ActivityEntry.PORTAL, kind, summary, before, after, visibility);
    }

    private void append(EngagementId engagement, @Nullable UserId actor, String actorName, ActivityKind kind,
                        String summary, @Nullable String before, @Nullable String after, Visibility visibility) {
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        activities.append(ActivityEntry.of(engagement, at, actor, actorName, kind, summary, before, after,
                visibility));
        // goes out to every instance when this transaction commits, with the change it announces
        live.publish(new EngagementChanged(engagement, kind, visibility, actor, actorName, at));
    }

    /** One entry per kind of difference between two states of an engagement. */
    public void engagementChanged(EngagementState before, EngagementState after) {
        EngagementId id = after.id();
        if (!before.title().equals(after.title()) || before.option() != after.option()
                || !before.workloads().equals(after.workloads()) || !before.plannedEnds().equals(after.plannedEnds())
                || !Objects.equals(before.targetGoLive(), after.targetGoLive())
                || !Objects.equals(before.pocGoLive(), after.pocGoLive())
                || !before.assessmentNote().equals(after.assessmentNote())) {
            record(id, ActivityKind.FIELDS_CHANGED, "Details changed", fields(before), fields(after),
                    Visibility.SHARED);
        }
        if (!before.goal().equals(after.goal())) {
            record(id, ActivityKind.GOAL_CHANGED, "Goal / vision changed", before.goal(), after.goal(),
                    Visibility.SHARED);
        }
        if (!before.stakeholders().equals(after.stakeholders())) {
            record(id, ActivityKind.STAKEHOLDERS_CHANGED, "Stakeholders changed", people(before), people(after),
                    Visibility.SHARED);
        }
        if (!before.ticked().equals(after.ticked())) {
            record(id, ActivityKind.CHECKLIST_CHANGED, "Checklist changed", ticks(before), ticks(after),
                    Visibility.SHARED);
        }
        if (before.phase() != after.phase()) {
            var transition = after.transitions().getLast();
            record(id, ActivityKind.PHASE_CHANGED, transition.override() ? "Phase gate overridden: "
                    + transition.reason() : "Phase advanced", before.phase().label(), after.phase().label(),
                    Visibility.SHARED);
        }
        if (before.status() != after.status()) {
            record(id, ActivityKind.STATUS_CHANGED, "Status changed", before.status().label(),
                    after.status().label(), Visibility.SHARED);
        }
        if (!before.engineers().equals(after.engineers())) {
            record(id, ActivityKind.ENGINEERS_CHANGED, "Engineers changed", before.engineers().size() + " assigned",
                    after.engineers().size() + " assigned", Visibility.SHARED);
        }
        if (!Objects.equals(before.cadenceDays(), after.cadenceDays())) {
            record(id, ActivityKind.CADENCE_CHANGED, "Check-in cadence changed", String.valueOf(before.cadenceDays()),
                    String.valueOf(after.cadenceDays()), Visibility.SHARED);
        }
        // a phase move or the completion is also news for everyone on the engagement
        notifier.engagementChanged(before, after);
    }

    private static String fields(EngagementState s) {
        return s.title() + " · " + s.option().label() + " · " + s.workloads().stream().map(WorkloadCode::value)
                .sorted().collect(Collectors.joining(", "));
    }

    private static String people(EngagementState s) {
        return s.stakeholders().stream().map(Stakeholder::name).collect(Collectors.joining(", "));
    }

    private static String ticks(EngagementState s) {
        return s.ticked().stream().map(ChecklistItem::label).sorted().collect(Collectors.joining(", "));
    }
}
