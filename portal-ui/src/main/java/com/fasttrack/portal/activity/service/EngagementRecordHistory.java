package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.EngagementRecordChanged;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.stream.Collectors;

/** Writes one history entry per kind of difference between the engagement record's state before and after a save. */
@Component
@NotABoundary("an event listener: runs inside the writing service's transaction, after its checks")
@Order(10) // with the rest of the history, before the notifications (see ActivityHistory)
class EngagementRecordHistory {

    private final ActivityLog log;

    EngagementRecordHistory(ActivityLog log) {
        this.log = log;
    }

    @EventListener
    void on(EngagementRecordChanged event) {
        EngagementState before = event.before();
        EngagementState after = event.after();
        if (!before.title().equals(after.title()) || before.option() != after.option()
                || !before.workloads().equals(after.workloads()) || !before.plannedEnds().equals(after.plannedEnds())
                || !Objects.equals(before.targetGoLive(), after.targetGoLive())
                || !Objects.equals(before.pocGoLive(), after.pocGoLive())
                || !before.assessmentNote().equals(after.assessmentNote())) {
            log.append(event, ActivityKind.FIELDS_CHANGED, "Details changed", fields(before), fields(after),
                    Visibility.SHARED);
        }
        if (!before.goal().equals(after.goal())) {
            log.append(event, ActivityKind.GOAL_CHANGED, "Goal / vision changed", before.goal(), after.goal(),
                    Visibility.SHARED);
        }
        if (!before.stakeholders().equals(after.stakeholders())) {
            log.append(event, ActivityKind.STAKEHOLDERS_CHANGED, "Stakeholders changed", people(before),
                    people(after), Visibility.SHARED);
        }
        if (!before.ticked().equals(after.ticked())) {
            log.append(event, ActivityKind.CHECKLIST_CHANGED, "Checklist changed", ticks(before), ticks(after),
                    Visibility.SHARED);
        }
        if (before.phase() != after.phase()) {
            var transition = after.transitions().getLast();
            log.append(event, ActivityKind.PHASE_CHANGED, transition.override() ? "Phase gate overridden: "
                    + transition.reason() : "Phase advanced", before.phase().label(), after.phase().label(),
                    Visibility.SHARED);
        }
        if (before.status() != after.status()) {
            log.append(event, ActivityKind.STATUS_CHANGED, "Status changed", before.status().label(),
                    after.status().label(), Visibility.SHARED);
        }
        if (!before.engineers().equals(after.engineers())) {
            log.append(event, ActivityKind.ENGINEERS_CHANGED, "Engineers changed",
                    before.engineers().size() + " assigned", after.engineers().size() + " assigned",
                    Visibility.SHARED);
        }
        if (!Objects.equals(before.cadenceDays(), after.cadenceDays())) {
            log.append(event, ActivityKind.CADENCE_CHANGED, "Check-in cadence changed",
                    String.valueOf(before.cadenceDays()), String.valueOf(after.cadenceDays()), Visibility.SHARED);
        }
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
