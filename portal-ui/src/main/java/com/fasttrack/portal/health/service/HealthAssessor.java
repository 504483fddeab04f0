package com.fasttrack.portal.health.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.health.HealthFacts;
import com.fasttrack.portal.health.HealthPolicy;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Recomputes and stores an engagement's health from its record, for {@link HealthReassessment} after every change
 * that matters (check-in, blocker, phase, plan, override) and every new day. Health is shared with the customer, so
 * only shared content feeds it.
 */
@Component
@Transactional
@NotABoundary("reassesses inside the transaction of the change that called for it; reads with the system scope")
public class HealthAssessor {

    private static final EngagementScope SYSTEM = new EngagementScope.All();

    private final Engagements engagements;
    private final CheckIns checkIns;
    private final Blockers blockers;
    private final EngagementHealth health;
    private final Clock clock;

    HealthAssessor(Engagements engagements, CheckIns checkIns, Blockers blockers, EngagementHealth health,
                   Clock clock) {
        this.engagements = engagements;
        this.checkIns = checkIns;
        this.blockers = blockers;
        this.health = health;
        this.clock = clock;
    }

    public Optional<Health> reassess(EngagementId id) {
        return engagements.find(id, SYSTEM).map(this::reassess);
    }

    Health reassess(Engagement engagement) {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate nextDue = nextCheckInDue(engagement);
        // health is shown to the customer, so it is built from shared blockers only: an internal blocker must not
        // colour it or name itself in its reasons (it still holds the phase gate and completion)
        List<Blocker> shared = blockers.openOf(engagement.id()).stream()
                .filter(blocker -> blocker.visibility() == Visibility.SHARED).toList();
        HealthFacts facts = new HealthFacts(today, now, nextDue, engagement.cadence(), shared,
                engagement.plannedEnds().get(engagement.phase()),
                health.override(engagement.id()).orElse(null));
        Health assessed = HealthPolicy.assess(facts);
        health.store(engagement.id(), assessed, nextDue, now);
        return assessed;
    }

    /** The latest check-in's "next" date, or for an engagement without check-ins its start plus the cadence. */
    public LocalDate nextCheckInDue(Engagement engagement) {
        return checkIns.nextDue(engagement, clock.getZone());
    }
}
