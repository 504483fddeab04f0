package com.fasttrack.portal.notification;

/** The groups of people on an engagement that a notification can reach. */
public enum Party {
    /** The provider's engineers assigned to the engagement. */
    ENGINEERS,
    /** The enabled users of the engagement's customer organisation. */
    CUSTOMER,
    /** The enabled users of the partner whose match on the engagement is accepted or engaged. */
    PARTNER
}
