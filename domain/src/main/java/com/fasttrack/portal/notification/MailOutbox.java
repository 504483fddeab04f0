package com.fasttrack.portal.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The port to notifications not mailed yet: an outbox in the database, so a restart loses no mail and several
 * instances never send one twice.
 */
public interface MailOutbox {

    /**
     * Up to {@code limit} unsent notifications of that delivery, oldest first, locked for the caller's transaction;
     * rows another instance holds are skipped. Internal notifications of customers and partners, those of disabled
     * users and those of an engagement the recipient may no longer see are never returned (the last are given up).
     */
    List<OutgoingMail> claim(MailDelivery delivery, int limit);

    void markMailed(Collection<NotificationId> ids, Instant at);

    /** Counts a failed attempt; after {@code maxAttempts} the notification is given up ({@link MailDelivery#FAILED}). */
    void markFailed(Collection<NotificationId> ids, int maxAttempts);
}
