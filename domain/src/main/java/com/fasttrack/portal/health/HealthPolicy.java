package com.fasttrack.portal.health;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.shared.HealthColour;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The health rules. Each signal gives a colour and a reason; the worst colour wins:
 * <ul>
 * <li>check-in overdue → amber; overdue by a full cadence interval or more → red;</li>
 * <li>any open blocker → amber; an open critical or past-due blocker → red;</li>
 * <li>current phase past its planned end → amber; more than 14 days past → red.</li>
 * </ul>
 * The score starts at 100 and loses 15 per amber and 40 per red signal, and 3 per further open blocker.
 */
public final class HealthPolicy {

    static final int PHASE_RED_AFTER_DAYS = 14;

    private HealthPolicy() {
    }

    public static Health assess(HealthFacts facts) {
        List<HealthSignal> signals = new ArrayList<>();
        checkIns(facts, signals);
        blockers(facts, signals);
        phase(facts, signals);

        HealthColour computed = signals.stream().map(HealthSignal::colour)
                .reduce(HealthColour.GREEN, HealthColour::worst);
        int score = 100;
        for (HealthSignal signal : signals) {
            score -= signal.colour() == HealthColour.RED ? 40 : 15;
        }
        score -= 3 * Math.max(0, facts.openBlockers().size() - 1);
        score = Math.max(0, Math.min(100, score));
        List<String> reasons = signals.stream().map(HealthSignal::reason).toList();
        HealthOverride override = facts.override() != null && facts.override().activeOn(facts.today())
                ? facts.override() : null;
        HealthColour shown = override == null ? computed : override.colour();
        return new Health(shown, computed, score, reasons.isEmpty() ? List.of("All signals on track") : reasons,
                override);
    }

    private static void checkIns(HealthFacts facts, List<HealthSignal> signals) {
        long overdue = ChronoUnit.DAYS.between(facts.nextCheckInDue(), facts.today());
        if (overdue <= 0) {
            return;
        }
        HealthColour colour = overdue >= facts.cadence().days() ? HealthColour.RED : HealthColour.AMBER;
        signals.add(new HealthSignal(colour, "check-in overdue by " + days(overdue)));
    }

    private static void blockers(HealthFacts facts, List<HealthSignal> signals) {
        boolean anyRed = false;
        for (Blocker blocker : facts.openBlockers()) {
            if (blocker.severity() == Severity.CRITICAL) {
                signals.add(new HealthSignal(HealthColour.RED, "critical blocker '" + blocker.title() + "' open "
                        + days(Math.max(1, blocker.ageInDays(facts.now())))));
                anyRed = true;
            } else if (blocker.isPastDue(facts.today())) {
                long late = ChronoUnit.DAYS.between(blocker.dueDate(), facts.today());
                signals.add(new HealthSignal(HealthColour.RED, "blocker '" + blocker.title() + "' past due by "
                        + days(late)));
                anyRed = true;
            }
        }
        if (!anyRed && !facts.openBlockers().isEmpty()) {
            int open = facts.openBlockers().size();
            signals.add(new HealthSignal(HealthColour.AMBER, open + (open == 1 ? " open blocker" : " open blockers")));
        }
    }

    private static void phase(HealthFacts facts, List<HealthSignal> signals) {
        if (facts.currentPhasePlannedEnd() == null) {
            return;
        }
        long late = ChronoUnit.DAYS.between(facts.currentPhasePlannedEnd(), facts.today());
        if (late <= 0) {
            return;
        }
        HealthColour colour = late > PHASE_RED_AFTER_DAYS ? HealthColour.RED : HealthColour.AMBER;
        signals.add(new HealthSignal(colour, "current phase past its planned end by " + days(late)));
    }

    private static String days(long days) {
        return days == 1 ? "1 day" : days + " days";
    }
}
