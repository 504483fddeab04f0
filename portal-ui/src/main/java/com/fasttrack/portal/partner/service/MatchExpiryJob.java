package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.service.ActivityLog;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.Proposal;
import com.fasttrack.portal.operations.JobMetrics;
import com.fasttrack.portal.shared.JobRuns;
import com.fasttrack.portal.shared.Visibility;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Once a day, on exactly one instance (claimed through {@link JobRuns}), expires the partner proposals left
 * unanswered for 14 days. A customer answering at the same moment wins: its save bumps the version, and the job
 * skips that match.
 */
@Component
public class MatchExpiryJob {

    static final String JOB = "partner-match-expiry";
    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(MatchExpiryJob.class);

    private final JobRuns jobRuns;
    private final PartnerMatches matches;
    private final ActivityLog activity;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final JobMetrics metrics;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    MatchExpiryJob(JobRuns jobRuns, PartnerMatches matches, ActivityLog activity,
                   PlatformTransactionManager transactions, Clock clock, JobMetrics metrics) {
        this.jobRuns = jobRuns;
        this.matches = matches;
        this.activity = activity;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${portal.partner-expiry.cron:0 10 0 * * *}")
    public void daily() {
        runFor(LocalDate.now(clock));
    }

    /** Returns how many matches expired; 0 when another instance already ran the day's job. */
    public int runFor(LocalDate day) {
        if (!jobRuns.claim(JOB, day, instance)) {
            return 0;
        }
        return metrics.timed(JOB, this::expireDue);
    }

    private int expireDue() {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int expired = 0;
        for (PartnerMatch match : matches.proposedBefore(now.minus(Proposal.ANSWER_WITHIN), BATCH)) {
            try {
                PartnerMatch after = match.expireIfDue(now);
                if (after != match) {
                    // the expiry and its history entry are saved together
                    transaction.executeWithoutResult(status -> {
                        matches.save(after);
                        activity.recordByPortal(after.engagementId(), ActivityKind.PARTNER_EXPIRED,
                                match.openProposal().map(p -> p.partnerName() + "'s proposal").orElse("The proposal")
                                        + " expired: not answered within 14 days",
                                match.status().label(), after.status().label(), Visibility.SHARED);
                    });
                    expired++;
                }
            } catch (ObjectOptimisticLockingFailureException answeredMeanwhile) {
                log.debug("Partner match {} changed while expiring; skipped", match.id());
            }
        }
        log.info("Partner match expiry: {} matches expired", expired);
        return expired;
    }
}
