package com.fasttrack.portal.security;

/** What a failure counter counts: one account from one address, one address across accounts, or bearer tokens. */
public enum ThrottleKind {
    ACCOUNT,
    ADDRESS,
    TOKEN
}
