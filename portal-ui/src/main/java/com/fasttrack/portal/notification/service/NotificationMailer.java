package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.notification.MailClaim;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailOutbox;
import com.fasttrack.portal.notification.MailRetry;
import com.fasttrack.portal.notification.NotificationId;
import com.fasttrack.portal.notification.OutgoingMail;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends what waits in the outbox: "immediately" mails every few seconds, digests when the digest job asks (and failed
 * digests again in the rounds). Each round claims (a short transaction that commits), sends with no transaction and no
 * connection held, and marks each mail right after it was sent or failed (a short transaction each). A failed mail is
 * tried again as {@link MailRetry} says. An instance that dies between sending and marking leaves its claim to run
 * out, and the mail is sent once more by whoever claims it next (decision record 017).
 */
@NotABoundary("sends the outbox on a schedule for no user; each claim and mark commits on its own so no mail is sent inside a transaction")
@Component
public class NotificationMailer {

    static final int BATCH = 50;
    static final int DIGEST_BATCH = 5000;
    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

    private final MailOutbox outbox;
    private final MailSettings settings;
    private final Clock clock;
    private final Duration lease;
    private final String instance;
    private final MailComposer composer;

    @Autowired
    NotificationMailer(MailOutbox outbox, MailSettings settings, Clock clock,
                       @Value("${portal.mail.claim-lease:PT5M}") Duration lease) {
        this(outbox, settings, clock, lease,
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8));
    }

    NotificationMailer(MailOutbox outbox, MailSettings settings, Clock clock, Duration lease, String instance) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.lease = lease;
        this.instance = instance;
        this.composer = new MailComposer(settings.from(), settings.baseUrl(), clock.getZone());
    }

    @Scheduled(fixedDelayString = "${portal.mail.outbox-interval:PT10S}",
            initialDelayString = "${portal.mail.outbox-interval:PT10S}")
    public void scheduled() {
        sendImmediate();
        sendDigests(true);
    }

    /** Sends the waiting "immediately" mails that are due; returns how many were sent. Nothing when e-mail is off. */
    public int sendImmediate() {
        JavaMailSender sender = settings.sender().orElse(null);
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        List<OutgoingMail> batch;
        do {
            MailClaim claim = claim(false);
            batch = outbox.claim(MailDelivery.IMMEDIATE, BATCH, claim);
            List<NotificationId> failed = new ArrayList<>();
            for (OutgoingMail mail : batch) {
                if (!now().isBefore(claim.until())) {
                    // the claim ran out while sending (a slow server): the rest are anyone's again, sent by one of us
                    return sent;
                }
                if (send(sender, composer.immediate(mail))) {
                    outbox.markMailed(List.of(mail.notification().id()), now());
                    sent++;
                } else {
                    failed.add(mail.notification().id());
                }
            }
            if (!failed.isEmpty()) {
                failed(failed);
                break; // the mail server is in trouble: the failed ones are due again later, the rest next round
            }
        } while (batch.size() == BATCH);
        return sent;
    }

    /**
     * Sends the waiting digest notifications, one mail per recipient, and returns how many mails were sent; with
     * {@code retriesOnly} only those that failed before and are due again.
     */
    int sendDigests(boolean retriesOnly) {
        JavaMailSender sender = settings.sender().orElse(null);
        if (sender == null) {
            return 0;
        }
        Map<String, List<OutgoingMail>> byRecipient = new LinkedHashMap<>();
        for (OutgoingMail mail : outbox.claim(MailDelivery.DIGEST, DIGEST_BATCH, claim(retriesOnly))) {
            byRecipient.computeIfAbsent(mail.email(), email -> new ArrayList<>()).add(mail);
        }
        int mails = 0;
        for (List<OutgoingMail> mine : byRecipient.values()) {
            List<NotificationId> ids = mine.stream().map(m -> m.notification().id()).toList();
            if (send(sender, composer.digest(mine))) {
                outbox.markMailed(ids, now());
                mails++;
            } else {
                failed(ids);
            }
        }
        return mails;
    }

    private void failed(List<NotificationId> ids) {
        for (NotificationId givenUp : outbox.markFailed(ids, now())) {
            log.warn("Gave up on mail {} after {} h of failed tries", givenUp, MailRetry.GIVE_UP_AFTER.toHours());
        }
    }

    private MailClaim claim(boolean retriesOnly) {
        Instant now = now();
        return new MailClaim(instance, now, now.plus(lease), retriesOnly);
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
