package com.fasttrack.portal.notification;

/**
 * How one notification is to be mailed, fixed when it is created (a later change of preference applies to later
 * notifications); {@code FAILED} after the sender gave up on it.
 */
public enum MailDelivery {
    NONE,
    IMMEDIATE,
    DIGEST,
    FAILED
}
