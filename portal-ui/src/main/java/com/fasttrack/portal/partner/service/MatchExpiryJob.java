package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.partner.MatchExpired;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.Proposal;
import com.fasttrack.portal.shared.service.DailyJob;
import com.fasttrack.portal.shared.service.DailyJobs;
import com.fasttrack.portal.shared.service.JobRun;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Once a day, on exactly one instance ({@link DailyJobs}), expires the partner proposals left
 * unanswered for 14 days. A customer answering at the same moment wins: its save bumps the version, and the job
 * skips that match. A match that fails otherwise is logged and the job goes on with the next.
 */
@Component
@NotABoundary("a scheduled job: acts for no user, and opens one transaction per match itself")
public class MatchExpiryJob implements DailyJob {

    static final String JOB = "partner-match-expiry";
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(MatchExpiryJob.class);

    private final DailyJobs dailyJobs;
    private final PartnerMatches matches;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MatchExpiryJob(DailyJobs dailyJobs, PartnerMatches matches, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions, Clock clock) {
        this.dailyJobs = dailyJobs;
        this.matches = matches;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${portal.partner-expiry.cron:0 10 0 * * *}", zone = "${portal.time-zone:UTC}")
    public void daily() {
        dailyJobs.runToday(this);
    }

    /** Returns how many matches expired; 0 when another instance already ran the day's job. */
    public int runFor(LocalDate day) {
        return dailyJobs.run(this, day);
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public int run(JobRun run) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        return run.each(matches.proposedBefore(now.minus(Proposal.ANSWER_WITHIN), BATCH), PartnerMatch::id,
                match -> expire(match, now));
    }

    private int expire(PartnerMatch match, Instant now) {
        try {
            PartnerMatch after = match.expireIfDue(now);
            if (after == match) {
                return 0;
            }
            // the expiry and its history entry (the event's listener) are saved together
            transaction.executeWithoutResult(status ->
                    events.publishEvent(new MatchExpired(match, matches.save(after), Actor.PORTAL, now)));
            return 1;
        } catch (ObjectOptimisticLockingFailureException answeredMeanwhile) {
            log.debug("Partner match {} changed while expiring; skipped", match.id());
            return 0;
        }
    }
}
