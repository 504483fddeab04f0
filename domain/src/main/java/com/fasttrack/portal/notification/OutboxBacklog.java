package com.fasttrack.portal.notification;

/** The port to how much of the mail outbox waits or was given up: what operations watch, read cheaply. */
public interface OutboxBacklog {

    /** Notifications of that delivery not mailed yet (a digest's wait for its hour of the day). */
    long pending(MailDelivery delivery);

    /** Notifications given up after their last attempt ({@link MailDelivery#FAILED}). */
    long failed();
}
