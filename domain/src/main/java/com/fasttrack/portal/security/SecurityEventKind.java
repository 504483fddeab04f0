package com.fasttrack.portal.security;

/** What happened to an account, a sign-in or a token, as the security audit log keeps it. */
public enum SecurityEventKind {
    SIGN_IN_SUCCEEDED("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    LOCKED_OUT("Locked out"),
    UNLOCKED("Unlocked"),
    ACCOUNT_DISABLED("Account disabled"),
    ACCOUNT_ENABLED("Account enabled"),
    ROLE_CHANGED("Role changed"),
    ORGANISATION_CHANGED("Organisation changed"),
    PASSWORD_RESET("Password reset"),
    PASSWORD_CHANGED("Password changed"),
    SIGNED_OUT_EVERYWHERE("Signed out everywhere"),
    TOKEN_CREATED("API token created"),
    TOKEN_REVOKED("API token revoked"),
    TOKEN_EXPIRED("API token expired"),
    TOKEN_REFUSED("API token refused"),
    ACCESS_REFUSED("Access to a foreign record refused");

    private final String label;

    SecurityEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
