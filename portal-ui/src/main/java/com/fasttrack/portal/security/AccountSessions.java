package com.fasttrack.portal.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a signed-in session still acts for its account as it is now: the account exists, is enabled, and has
 * the session epoch it had at sign-in (every disable, role or organisation change and new password moves it), and
 * the session is younger than its absolute lifetime. One read of the account by its primary key, on whichever
 * instance asks, so a change committed anywhere ends the session everywhere.
 */
@Component
public class AccountSessions {

    /** However active, a session signs in again after this long. */
    public static final Duration ABSOLUTE_LIFETIME = Duration.ofHours(12);

    private final UserAccounts accounts;
    private final Clock clock;

    AccountSessions(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Why the session must end, or empty while it may go on. */
    public Optional<SessionEnd> check(PortalUser user) {
        if (!Instant.now(clock).isBefore(user.signedInAt().plus(ABSOLUTE_LIFETIME))) {
            return Optional.of(SessionEnd.LIFETIME_OVER);
        }
        boolean current = accounts.findById(user.id())
                .filter(UserAccount::enabled)
                .filter(account -> account.sessionEpoch() == user.sessionEpoch())
                .isPresent();
        return current ? Optional.empty() : Optional.of(SessionEnd.ACCOUNT_CHANGED);
    }

    public boolean current(PortalUser user) {
        return check(user).isEmpty();
    }

    /** Why a session ended, as the login page explains it. */
    public enum SessionEnd {
        ACCOUNT_CHANGED("Your session ended because your account changed. Sign in again."),
        LIFETIME_OVER("Your session ended because you signed in more than 12 hours ago. Sign in again.");

        private final String message;

        SessionEnd(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
