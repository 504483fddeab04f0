package com.fasttrack.portal.notification;

/** How a user wants its notifications by e-mail. */
public enum MailMode {
    IMMEDIATELY("Immediately"),
    DAILY_DIGEST("Daily digest"),
    OFF("Off");

    /** Without a choice of its own a user gets mails at once: what reaches it is already kept to what concerns it. */
    public static final MailMode DEFAULT = IMMEDIATELY;

    private final String label;

    MailMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How a notification created now for a user in this mode is to be mailed. */
    public MailDelivery delivery() {
        return switch (this) {
            case IMMEDIATELY -> MailDelivery.IMMEDIATE;
            case DAILY_DIGEST -> MailDelivery.DIGEST;
            case OFF -> MailDelivery.NONE;
        };
    }
}
