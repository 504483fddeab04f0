package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.operations.JobMetrics;
import com.fasttrack.portal.shared.JobRuns;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.LocalDate;

/** Once a day, on exactly one instance, mails each "daily digest" user one mail with its unsent notifications. */
@Component
public class DigestJob {

    static final String JOB = "mail-digest";
    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final JobRuns jobRuns;
    private final NotificationMailer mailer;
    private final MailSettings settings;
    private final Clock clock;
    private final JobMetrics metrics;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();

    DigestJob(JobRuns jobRuns, NotificationMailer mailer, MailSettings settings, Clock clock, JobMetrics metrics) {
        this.jobRuns = jobRuns;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(cron = "${portal.mail.digest-cron:0 0 7 * * *}")
    public void daily() {
        runFor(LocalDate.now(clock));
    }

    /** Returns how many digests were mailed; 0 when e-mail is off or another instance ran the day's job. */
    public int runFor(LocalDate day) {
        // an instance without mail must not claim the day: one with mail may still send
        if (!settings.enabled() || !jobRuns.claim(JOB, day, instance)) {
            return 0;
        }
        int sent = metrics.timed(JOB, mailer::sendDigests);
        log.info("Daily digest: {} mails sent", sent);
        return sent;
    }
}
