package com.fasttrack.portal.security;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a signed-in session still acts for its account as it is now: the account exists, is enabled, and has
 * the session epoch it had at sign-in (every disable, role or organisation change and new password moves it), and
 * the session is younger than its absolute lifetime. One read of the account by its primary key, on whichever
 * instance asks, so a change committed anywhere ends the session everywhere. Within one HTTP request the account is
 * read once per principal (the filter's check, the navigation's guard and the password rule share it); a principal
 * renewed in the request (the user's own new password moves its epoch) reads it again.
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
        boolean current = account(user)
                .filter(UserAccount::enabled)
                .filter(account -> account.sessionEpoch() == user.sessionEpoch())
                .isPresent();
        return current ? Optional.empty() : Optional.of(SessionEnd.ACCOUNT_CHANGED);
    }

    public boolean current(PortalUser user) {
        return check(user).isEmpty();
    }

    /**
     * The user's account as it is in the database now: read once per HTTP request that {@link AccountSessionFilter}
     * handles, per principal (user and session epoch); elsewhere (a live delivery, a test without the filter) on every
     * call.
     */
    public Optional<UserAccount> account(PortalUser user) {
        Map<String, Optional<UserAccount>> reads = reads();
        if (reads == null) {
            return accounts.findById(user.id());
        }
        String key = user.id().value() + "/" + user.sessionEpoch();
        Optional<UserAccount> account = reads.get(key);
        if (account == null) {
            account = accounts.findById(user.id());
            reads.put(key, account);
        }
        return account;
    }

    /**
     * Forgets the accounts this request has read: a service that saved an account (it may be the signed-in user's
     * own: signed out everywhere, its role changed) calls it, so that the rest of the request sees the change.
     */
    public static void forgetReads() {
        Map<String, Optional<UserAccount>> reads = reads();
        if (reads != null) {
            reads.clear();
        }
    }

    /** The filter keeps the accounts read while it handles the request, and drops them after. */
    static void keepReads(HttpServletRequest request) {
        request.setAttribute(READS, new ConcurrentHashMap<String, Optional<UserAccount>>());
    }

    static void dropReads(HttpServletRequest request) {
        request.removeAttribute(READS);
    }

    private static final String READS = AccountSessions.class.getName() + ".reads";

    @SuppressWarnings("unchecked")
    private static @Nullable Map<String, Optional<UserAccount>> reads() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null ? null
                : (Map<String, Optional<UserAccount>>) request.getAttribute(READS, RequestAttributes.SCOPE_REQUEST);
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
