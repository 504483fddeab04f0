package com.fasttrack.portal.security;

/** Why a sign-in failed, as the audit log records it; the person signing in always sees the same words. */
enum SignInFailure {
    UNKNOWN_ACCOUNT("unknown account"),
    WRONG_PASSWORD("wrong password"),
    LOCKED("locked"),
    DISABLED("disabled"),
    EXPIRED_ONE_TIME_PASSWORD("expired one-time password");

    private final String reason;

    SignInFailure(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
