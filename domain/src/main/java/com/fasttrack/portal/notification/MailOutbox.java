package com.fasttrack.portal.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The port to notifications not mailed yet: an outbox in the database, so a restart loses no mail and several
 * instances never send one at the same time. Mails are claimed, sent and marked in three steps: the claim and the
 * marks are short transactions of their own, and nothing is held while the mail server is talked to.
 */
public interface MailOutbox {

    /**
     * Claims and returns (committed before it returns) up to {@code limit} unsent notifications of that delivery that
     * are due at the claim's time, oldest first: not yet tried or due for another try ({@link MailRetry}), and not
     * claimed by a claim that still lasts. Internal notifications of customers and partners, those of disabled users
     * and those of an engagement the recipient may no longer see are never returned (the last are given up).
     */
    List<OutgoingMail> claim(MailDelivery delivery, int limit, MailClaim claim);

    /** They were sent: no longer in the outbox. */
    void markMailed(Collection<NotificationId> ids, Instant at);

    /**
     * Counts a failed attempt at {@code at} and releases the claim: each is due again as {@link MailRetry} says, or
     * given up ({@link MailDelivery#FAILED}). Returns those given up.
     */
    List<NotificationId> markFailed(Collection<NotificationId> ids, Instant at);
}
