package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.shared.service.DailyJob;
import com.fasttrack.portal.shared.service.DailyJobs;
import com.fasttrack.portal.shared.service.JobRun;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Once a day, on exactly one instance ({@link DailyJobs}), mails each "daily digest" user one mail with its unsent
 * notifications. A digest that could not be sent is retried by the outbox's rounds ({@link NotificationMailer}).
 */
@NotABoundary("a scheduled job that acts for no user; DailyJobs claims its day and the mailer commits each step")
@Component
public class DigestJob implements DailyJob {

    static final String JOB = "mail-digest";

    private final DailyJobs dailyJobs;
    private final NotificationMailer mailer;
    private final MailSettings settings;

    DigestJob(DailyJobs dailyJobs, NotificationMailer mailer, MailSettings settings) {
        this.dailyJobs = dailyJobs;
        this.mailer = mailer;
        this.settings = settings;
    }

    @Scheduled(cron = "${portal.mail.digest-cron:0 0 7 * * *}", zone = "${portal.time-zone:UTC}")
    public void daily() {
        dailyJobs.runToday(this);
    }

    /** Returns how many digests were mailed; 0 when e-mail is off or another instance ran the day's job. */
    public int runFor(LocalDate day) {
        return dailyJobs.run(this, day);
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public boolean mayRunHere() {
        // an instance without mail must not claim the day: one with mail may still send
        return settings.enabled();
    }

    @Override
    public int run(JobRun run) {
        return mailer.sendDigests(false);
    }
}
