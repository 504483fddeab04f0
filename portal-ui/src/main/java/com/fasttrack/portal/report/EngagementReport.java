package com.fasttrack.portal.report;

import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything an engagement report shows, already scoped to its audience. For the {@link Audience#SHARED} audience
 * the constructor itself drops internal notes and internal blockers, whatever the caller passed in: a second line of
 * defence behind the scoped services.
 */
public record EngagementReport(Audience audience, Instant generatedAt, String generatedBy, Period period,
                               String title, String customer, String option, String phase, String status,
                               HealthSummary health, List<PhaseProgress> phases, List<TransitionLine> transitions,
                               List<WorkloadLine> workloads, List<StakeholderLine> stakeholders,
                               List<CheckInLine> checkIns, List<BlockerLine> blockers,
                               List<MatchLine> partnerMatches, List<ReleaseProgress> backlog,
                               List<TrendPoint> trend) {

    /** Open blockers first, then the most severe, then the oldest. */
    static final Comparator<BlockerLine> BLOCKER_ORDER = Comparator
            .comparing((BlockerLine blocker) -> !blocker.status().isOpen())
            .thenComparing(BlockerLine::severity, Comparator.reverseOrder())
            .thenComparing(BlockerLine::raisedOn);

    public EngagementReport {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(health, "health");
        phases = List.copyOf(phases);
        transitions = List.copyOf(transitions);
        workloads = List.copyOf(workloads);
        stakeholders = List.copyOf(stakeholders);
        partnerMatches = List.copyOf(partnerMatches);
        backlog = List.copyOf(backlog);
        trend = List.copyOf(trend);
        if (audience == Audience.SHARED) {
            checkIns = checkIns.stream().map(CheckInLine::withoutInternalNote).toList();
            blockers = blockers.stream().filter(blocker -> blocker.visibility() == Visibility.SHARED)
                    .sorted(BLOCKER_ORDER).toList();
        } else {
            checkIns = List.copyOf(checkIns);
            blockers = blockers.stream().sorted(BLOCKER_ORDER).toList();
        }
    }

    public boolean internal() {
        return audience == Audience.INTERNAL;
    }

    /** The days the report covers. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("A report period ends after it starts: " + from + " – " + to);
            }
        }
    }

    /** The health colour shown, its 0–100 score and the reasons behind it. */
    public record HealthSummary(HealthColour colour, int score, List<String> reasons, boolean overridden) {
        public HealthSummary {
            Objects.requireNonNull(colour, "colour");
            reasons = List.copyOf(reasons);
        }
    }

    /** A phase with its checklist as it stands. */
    public record PhaseProgress(String phase, boolean current, @Nullable LocalDate plannedEnd,
                                List<ChecklistLine> items) {
        public PhaseProgress {
            items = List.copyOf(items);
        }

        public long done() {
            return items.stream().filter(ChecklistLine::done).count();
        }
    }

    /** One checklist item. */
    public record ChecklistLine(String label, boolean done) {
    }

    /** One phase transition: who moved the engagement on, when, and the override reason if any. */
    public record TransitionLine(String from, String to, String by, Instant at, @Nullable String reason,
                                 boolean override) {
    }

    /** A workload; preview ones are labelled. */
    public record WorkloadLine(String name, boolean preview) {
    }

    /** A customer-side person on the engagement. */
    public record StakeholderLine(String name, String role, @Nullable String email) {
    }

    /** One check-in on the timeline; the internal note is present only in an internal report. */
    public record CheckInLine(LocalDate date, String kind, OnTrack onTrack, String sharedSummary,
                              @Nullable String internalNote, LocalDate nextCheckIn) {
        public CheckInLine {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(onTrack, "onTrack");
            internalNote = internalNote == null || internalNote.isBlank() ? null : internalNote;
        }

        CheckInLine withoutInternalNote() {
            return internalNote == null ? this
                    : new CheckInLine(date, kind, onTrack, sharedSummary, null, nextCheckIn);
        }
    }

    /** One blocker with what a reader needs to judge it: owner, age and escalation. */
    public record BlockerLine(String title, Severity severity, BlockerStatus status, String owner,
                              LocalDate raisedOn, long ageInDays, @Nullable LocalDate dueDate, boolean escalated,
                              String resolution, Visibility visibility) {
        public BlockerLine {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(raisedOn, "raisedOn");
            Objects.requireNonNull(visibility, "visibility");
        }
    }

    /** A partner match and its state (filled in once partner matching exists). */
    public record MatchLine(String partner, String partnerType, String state, int score, @Nullable Instant since) {
    }

    /** Backlog progress of one release (filled in once the backlog exists). */
    public record ReleaseProgress(String release, int items, int done, int estimate, int estimateDone) {
        public double completion() {
            return items == 0 ? 0 : (double) done / items;
        }
    }

    /** One point of the health trend. */
    public record TrendPoint(Instant at, HealthColour colour, int score) {
    }
}
