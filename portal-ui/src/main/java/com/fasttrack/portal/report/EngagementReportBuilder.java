package com.fasttrack.portal.report;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.service.CheckInRow;
import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.health.HealthPoint;
import com.fasttrack.portal.report.EngagementReport.BlockerLine;
import com.fasttrack.portal.report.EngagementReport.CheckInLine;
import com.fasttrack.portal.report.EngagementReport.ChecklistLine;
import com.fasttrack.portal.report.EngagementReport.HealthSummary;
import com.fasttrack.portal.report.EngagementReport.MatchLine;
import com.fasttrack.portal.report.EngagementReport.Period;
import com.fasttrack.portal.report.EngagementReport.PhaseProgress;
import com.fasttrack.portal.report.EngagementReport.ReleaseProgress;
import com.fasttrack.portal.report.EngagementReport.StakeholderLine;
import com.fasttrack.portal.report.EngagementReport.TransitionLine;
import com.fasttrack.portal.report.EngagementReport.TrendPoint;
import com.fasttrack.portal.report.EngagementReport.WorkloadLine;
import com.fasttrack.portal.shared.Visibility;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Assembles an {@link EngagementReport} from what the scoped services return. For the shared audience it leaves out
 * internal notes and internal blockers here already, even though the services do not hand them to customers or
 * partners: an engineer exporting the shared version must not leak them either.
 */
public final class EngagementReportBuilder {

    private final Audience audience;
    private final String generatedBy;
    private final Instant now;
    private final ZoneId zone;
    private List<MatchLine> partnerMatches = List.of();
    private List<ReleaseProgress> backlog = List.of();

    private EngagementReportBuilder(Audience audience, String generatedBy, Instant now, ZoneId zone) {
        this.audience = Objects.requireNonNull(audience, "audience");
        this.generatedBy = Objects.requireNonNull(generatedBy, "generatedBy");
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A builder for one audience, stamped with who generates the report and when. */
    public static EngagementReportBuilder forAudience(Audience audience, String generatedBy, Instant now, ZoneId zone) {
        return new EngagementReportBuilder(audience, generatedBy, now, zone);
    }

    public EngagementReportBuilder partnerMatches(List<MatchLine> matches) {
        this.partnerMatches = List.copyOf(matches);
        return this;
    }

    public EngagementReportBuilder backlog(List<ReleaseProgress> releases) {
        this.backlog = List.copyOf(releases);
        return this;
    }

    public EngagementReport build(EngagementDetails details, Health health, List<HealthPoint> history,
                                  List<CheckInRow> checkIns, List<Blocker> blockers) {
        Engagement engagement = details.engagement();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate from = LocalDate.ofInstant(engagement.createdAt(), zone);
        if (from.isAfter(today)) {
            from = today;
        }
        return new EngagementReport(audience, now, generatedBy, new Period(from, today), engagement.title(),
                details.customer().name(), engagement.option().label(), engagement.phase().label(),
                engagement.status().label(),
                new HealthSummary(health.colour(), health.score(), health.reasons(), health.overridden()),
                phases(details), transitions(details), workloads(details), stakeholders(engagement),
                checkIns(checkIns), blockers(blockers, today), partnerMatches, backlog, trend(history));
    }

    private List<PhaseProgress> phases(EngagementDetails details) {
        Engagement engagement = details.engagement();
        // the shared report ticks "blockers removed" as its readers may see it, whoever exports it
        var checklists = audience == Audience.INTERNAL ? details.checklists() : details.sharedChecklists();
        List<PhaseProgress> phases = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            List<ChecklistEntry> entries = checklists.getOrDefault(phase, List.of());
            phases.add(new PhaseProgress(phase.label(), phase == engagement.phase(),
                    engagement.plannedEnds().get(phase),
                    entries.stream().map(entry -> new ChecklistLine(entry.item().label(), entry.done())).toList()));
        }
        return phases;
    }

    private static List<TransitionLine> transitions(EngagementDetails details) {
        return details.transitions().stream()
                .map(t -> new TransitionLine(t.from(), t.to(), t.by(), t.at(), t.reason(), t.override()))
                .toList();
    }

    private static List<WorkloadLine> workloads(EngagementDetails details) {
        return details.workloads().stream().map(w -> new WorkloadLine(w.name(), w.preview())).toList();
    }

    private static List<StakeholderLine> stakeholders(Engagement engagement) {
        return engagement.stakeholders().stream()
                .map(s -> new StakeholderLine(s.name(), s.role().label(), s.email()))
                .toList();
    }

    private List<CheckInLine> checkIns(List<CheckInRow> rows) {
        return rows.stream().map(CheckInRow::checkIn)
                .sorted(Comparator.comparing(CheckIn::date))
                .map(c -> new CheckInLine(c.date(), c.kind().label(), c.onTrack(), c.sharedSummary(),
                        audience == Audience.INTERNAL ? c.internalNote() : null, c.nextCheckIn()))
                .toList();
    }

    private List<BlockerLine> blockers(List<Blocker> blockers, LocalDate today) {
        return blockers.stream()
                .filter(b -> audience == Audience.INTERNAL || b.visibility() == Visibility.SHARED)
                .map(b -> new BlockerLine(b.title(), b.severity(), b.status(), b.owner(),
                        LocalDate.ofInstant(b.raisedAt(), zone), b.ageInDays(now), b.dueDate(),
                        b.isEscalated(now, today), b.resolutionNote(), b.visibility()))
                .toList();
    }

    private static List<TrendPoint> trend(List<HealthPoint> history) {
        return history.stream().sorted(Comparator.comparing(HealthPoint::at))
                .map(p -> new TrendPoint(p.at(), p.colour(), p.score()))
                .toList();
    }
}
