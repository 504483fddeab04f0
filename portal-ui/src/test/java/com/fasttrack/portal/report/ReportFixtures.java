package com.fasttrack.portal.report;

import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.report.EngagementReport.BlockerLine;
import com.fasttrack.portal.report.EngagementReport.CheckInLine;
import com.fasttrack.portal.report.EngagementReport.ChecklistLine;
import com.fasttrack.portal.report.EngagementReport.HealthSummary;
import com.fasttrack.portal.report.EngagementReport.Period;
import com.fasttrack.portal.report.EngagementReport.PhaseProgress;
import com.fasttrack.portal.report.EngagementReport.StakeholderLine;
import com.fasttrack.portal.report.EngagementReport.TransitionLine;
import com.fasttrack.portal.report.EngagementReport.TrendPoint;
import com.fasttrack.portal.report.EngagementReport.WorkloadLine;
import com.fasttrack.portal.shared.Visibility;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Report models for the writer tests and the benchmark, with planted content that must or must not appear. */
final class ReportFixtures {

    static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    static final String INTERNAL_NOTE = "PLANTED internal note: customer budget is at risk";
    static final String INTERNAL_BLOCKER = "PLANTED internal blocker: margin review";
    static final String SHARED_SUMMARY = "Landing zone reviewed with the team, next: PoC";
    static final String ACCENTED = "Zoë Ångström";
    static final String CJK = "渡辺";
    static final String TITLE = "Contoso Retail migration";

    private ReportFixtures() {
    }

    static EngagementReport report(Audience audience) {
        return report(audience, TITLE, 3, 4);
    }

    static EngagementReport report(Audience audience, String title, int checkIns, int blockers) {
        return new EngagementReport(audience, NOW, ACCENTED, new Period(TODAY.minusDays(90), TODAY), title,
                "Tailwind Traders Japan (" + CJK + " 健)", PartnershipOption.FASTTRACK.label(),
                Phase.SOLUTION_ENABLEMENT.label(), EngagementStatus.ACTIVE.label(),
                new HealthSummary(HealthColour.AMBER, 62, List.of("check-in overdue by 3 days", "1 open blocker"),
                        false),
                List.of(new PhaseProgress("Discovery", false, TODAY.minusDays(60),
                                List.of(new ChecklistLine("Key stakeholders identified", true),
                                        new ChecklistLine("Goal / vision documented", true))),
                        new PhaseProgress("Solution enablement", true, TODAY.plusDays(20),
                                List.of(new ChecklistLine("Design principles reviewed", true),
                                        new ChecklistLine("Proof of concept done", false))),
                        new PhaseProgress("Continuous partnership", false, null, List.of())),
                List.of(new TransitionLine("Discovery", "Solution enablement", "Lars Øberg",
                        NOW.minus(Duration.ofDays(40)), "Sponsor away; gate overridden", true)),
                List.of(new WorkloadLine("SAP", false), new WorkloadLine("High-performance computing", true)),
                List.of(new StakeholderLine(ACCENTED, "Executive sponsor", "zoe.angstrom@contoso.example"),
                        new StakeholderLine(CJK + " 健", "Technical lead", null)),
                checkIns(checkIns), blockers(blockers), List.of(), List.of(), trend(12));
    }

    static List<CheckInLine> checkIns(int count) {
        List<CheckInLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = TODAY.minusDays(count - i);
            OnTrack onTrack = OnTrack.values()[i % OnTrack.values().length];
            String summary = i == 0 ? SHARED_SUMMARY : "Weekly status " + (i + 1) + " with " + ACCENTED + ", "
                    + CJK + ": migration waves, cut-over plan, \"risks\" & next steps";
            lines.add(new CheckInLine(date, "Status", onTrack, summary,
                    i == 0 ? INTERNAL_NOTE : "internal " + i, date.plusDays(7)));
        }
        return lines;
    }

    static List<BlockerLine> blockers(int count) {
        List<BlockerLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean internal = i == 1;
            BlockerStatus status = i % 3 == 0 ? BlockerStatus.RESOLVED : BlockerStatus.OPEN;
            lines.add(new BlockerLine(internal ? INTERNAL_BLOCKER : "Firewall change " + (i + 1),
                    Severity.values()[i % Severity.values().length], status, i % 2 == 0 ? ACCENTED : "Priya Raman",
                    TODAY.minusDays(10 + i % 30), 10 + i % 30, i % 4 == 0 ? TODAY.minusDays(1) : null,
                    status.isOpen() && i % 4 == 2, status.isOpen() ? "" : "Rule added by the network team",
                    internal ? Visibility.INTERNAL : Visibility.SHARED));
        }
        return lines;
    }

    static List<TrendPoint> trend(int count) {
        List<TrendPoint> points = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            HealthColour colour = HealthColour.values()[i % 3];
            points.add(new TrendPoint(NOW.minus(Duration.ofDays(5L * (count - i))), colour, 100 - 30 * (i % 3)));
        }
        return points;
    }

    static PortfolioReport portfolio(int count) {
        List<PortfolioRow> rows = new ArrayList<>(count);
        Region[] regions = Region.values();
        for (int i = 0; i < count; i++) {
            rows.add(new PortfolioRow(EngagementId.random(), i == 0 ? TITLE : "Engagement " + (i + 1),
                    i == 0 ? ACCENTED + " & " + CJK : "Customer " + (i % 500), regions[i % regions.length],
                    PartnershipOption.values()[i % 4], Phase.values()[i % 3], EngagementStatus.ACTIVE,
                    HealthColour.values()[i % 3], 100 - i % 100, List.of("check-in overdue by " + i % 9 + " days"),
                    false, i % 7 == 0 ? null : TODAY.minusDays(i % 20 - 10), i % 5, i % 2));
        }
        return new PortfolioReport(NOW, ACCENTED, TODAY, rows);
    }
}
