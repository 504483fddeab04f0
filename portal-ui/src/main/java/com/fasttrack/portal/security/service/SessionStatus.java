package com.fasttrack.portal.security.service;

/** What the database says about the account behind an open session. */
public enum SessionStatus {
    /** The account is as it was at sign-in. */
    VALID,
    /** The user signed in with a one-time password and must choose its own before anything else. */
    PASSWORD_CHANGE_REQUIRED,
    /** The account was disabled, deleted or given another role or organisation: the session must end. */
    ENDED
}
