package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailOutbox;
import com.fasttrack.portal.notification.NotificationId;
import com.fasttrack.portal.notification.OutgoingMail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends what waits in the outbox: "immediately" mails every few seconds, digests when the digest job asks. Rows are
 * claimed with {@code skip locked} in the sending transaction and marked sent in it, so another instance never sends
 * them too; a failed send is retried on the next round, up to {@link #MAX_ATTEMPTS} times.
 */
@Component
public class NotificationMailer {

    static final int BATCH = 50;
    static final int DIGEST_BATCH = 5000;
    static final int MAX_ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final MailComposer composer;

    NotificationMailer(MailOutbox outbox, MailSettings settings, TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.composer = new MailComposer(settings.from(), settings.baseUrl(), clock.getZone());
    }

    @Scheduled(fixedDelayString = "${portal.mail.outbox-interval:PT10S}",
            initialDelayString = "${portal.mail.outbox-interval:PT10S}")
    public void scheduled() {
        sendImmediate();
    }

    /** Sends the waiting "immediately" mails; returns how many were sent. Does nothing when e-mail is off. */
    public int sendImmediate() {
        JavaMailSender sender = settings.sender().orElse(null);
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        int claimed;
        do {
            int[] round = transactions.execute(status -> {
                List<OutgoingMail> batch = outbox.claim(MailDelivery.IMMEDIATE, BATCH);
                List<NotificationId> done = new ArrayList<>();
                List<NotificationId> failed = new ArrayList<>();
                for (OutgoingMail mail : batch) {
                    (send(sender, composer.immediate(mail)) ? done : failed).add(mail.notification().id());
                }
                outbox.markMailed(done, now());
                outbox.markFailed(failed, MAX_ATTEMPTS);
                return new int[] {batch.size(), done.size(), failed.size()};
            });
            claimed = round[0];
            sent += round[1];
            if (round[2] > 0) {
                break; // the mail server is in trouble: try again next round
            }
        } while (claimed == BATCH);
        return sent;
    }

    /** Sends every waiting digest notification, one mail per recipient; returns how many mails were sent. */
    int sendDigests() {
        JavaMailSender sender = settings.sender().orElse(null);
        if (sender == null) {
            return 0;
        }
        Integer sent = transactions.execute(status -> {
            Map<String, List<OutgoingMail>> byRecipient = new LinkedHashMap<>();
            for (OutgoingMail mail : outbox.claim(MailDelivery.DIGEST, DIGEST_BATCH)) {
                byRecipient.computeIfAbsent(mail.email(), email -> new ArrayList<>()).add(mail);
            }
            int mails = 0;
            for (List<OutgoingMail> mine : byRecipient.values()) {
                List<NotificationId> ids = mine.stream().map(m -> m.notification().id()).toList();
                if (send(sender, composer.digest(mine))) {
                    outbox.markMailed(ids, now());
                    mails++;
                } else {
                    outbox.markFailed(ids, MAX_ATTEMPTS);
                }
            }
            return mails;
        });
        return sent == null ? 0 : sent;
    }

    private static boolean send(JavaMailSender sender, SimpleMailMessage message) {
        try {
            sender.send(message);
            return true;
        } catch (MailException failed) {
            log.warn("Could not send a notification mail to {}: {}", String.join(",", message.getTo()),
                    failed.getMessage());
            return false;
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
