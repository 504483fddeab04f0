package com.fasttrack.portal.security;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Counts failed sign-ins and refused bearer tokens in PostgreSQL, so every instance sees the same locks, and
 * records each in the audit log. Each count commits in a transaction of its own: the sign-in or request that
 * failed rolls back whatever else it did, but its failure must stay counted.
 */
@Component
public class SignInThrottling {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottling.class);

    private final Throttles throttles;
    private final ThrottleSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate apart;
    private final Clock clock;

    SignInThrottling(Throttles throttles, ThrottleSettings settings, ApplicationEventPublisher events,
                     PlatformTransactionManager transactionManager, Clock clock) {
        this.throttles = throttles;
        this.settings = settings;
        this.events = events;
        this.apart = new TransactionTemplate(transactionManager);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Whether sign-in of this account from this address is refused now: the pair or the whole address locked. */
    boolean signInLocked(String typedEmail, String address) {
        Instant now = clock.instant();
        return locked(ThrottleKey.account(nonBlank(typedEmail), address), now)
                || locked(ThrottleKey.address(address), now);
    }

    /** Counts a failed sign-in against the pair and the address, and records it (and any lockout it causes). */
    void signInFailed(String typedEmail, @Nullable UserId account, String address, SignInFailure failure) {
        String email = ThrottleKey.normalised(nonBlank(typedEmail));
        LOG.info("Sign-in failed for {} from {}: {}", email, address, failure.reason());
        apart.executeWithoutResult(status -> {
            Instant now = clock.instant();
            publish(SecurityEventKind.SIGN_IN_FAILED, now, account, email, address, failure.reason());
            ThrottlePolicy pair = settings.account();
            count(ThrottleKey.account(email, address), pair, now, lock -> {
                String detail = lockDetail("failed sign-ins", pair, address) + "locked for " + lock;
                LOG.warn("Sign-in of {}: {}", email, detail);
                publish(SecurityEventKind.LOCKED_OUT, now, account, email, address, detail);
            });
            ThrottlePolicy ceiling = settings.address();
            count(ThrottleKey.address(address), ceiling, now, lock -> {
                String detail = lockDetail("failed sign-ins", ceiling, address)
                        + "every account locked from there for " + minutes(lock.duration());
                LOG.warn("Sign-in: {}", detail);
                publish(SecurityEventKind.LOCKED_OUT, now, null, null, address, detail);
            });
        });
    }

    /** A success resets the pair (not the address: one good account must not clear a spraying address). */
    void signInSucceeded(PortalUser user, String address) {
        apart.executeWithoutResult(status -> {
            throttles.clear(ThrottleKey.account(user.getUsername(), address));
            publish(SecurityEventKind.SIGN_IN_SUCCEEDED, clock.instant(), user.id(), user.getUsername(), address, "");
        });
    }

    /** Whether bearer tokens from this address are refused now, whatever token comes. */
    boolean tokensLocked(String address) {
        return locked(ThrottleKey.token(address), clock.instant());
    }

    /** Counts a refused bearer token; {@code prefix} is the token's public prefix, never the token. */
    void tokenRefused(String address, String prefix, String why) {
        tokenRefused(address, prefix, why, null);
    }

    /**
     * A refused token; when it is a real token that has only run out, the audit log says TOKEN_EXPIRED and names
     * its owner, so the owner's program manager can tell a forgotten script from a guess.
     */
    void tokenRefused(String address, String prefix, String why, @Nullable UserId expiredTokenOwner) {
        LOG.info("Bearer token {} refused from {}: {}", prefix, address, why);
        apart.executeWithoutResult(status -> {
            Instant now = clock.instant();
            publish(expiredTokenOwner == null ? SecurityEventKind.TOKEN_REFUSED : SecurityEventKind.TOKEN_EXPIRED,
                    now, expiredTokenOwner, null, address, "token " + prefix + ": " + why);
            ThrottlePolicy tokens = settings.token();
            count(ThrottleKey.token(address), tokens, now, lock -> {
                String detail = lockDetail("refused API tokens", tokens, address) + "bearer tokens locked for " + lock;
                LOG.warn("API: {}", detail);
                publish(SecurityEventKind.LOCKED_OUT, now, null, null, address, detail);
            });
        });
    }

    /** "5 failed sign-ins within 15 minutes from 203.0.113.7: ". */
    private static String lockDetail(String what, ThrottlePolicy policy, String address) {
        return "%d %s within %s from %s: ".formatted(policy.maxFailures(), what, minutes(policy.window()), address);
    }

    /** Clears the locks of an account from every address (in the caller's transaction); returns how many held. */
    public int unlock(String email) {
        return throttles.clearAccount(email, clock.instant());
    }

    /** Those of these accounts locked now from some address. */
    public Set<String> lockedAccounts(Collection<String> emails) {
        return throttles.lockedAccounts(emails, clock.instant());
    }

    private boolean locked(ThrottleKey key, Instant now) {
        return throttles.find(key).map(throttle -> throttle.lockedAt(now)).orElse(false);
    }

    /** One lockout: which one since the last success, and how long it lasts. */
    private record Lock(int lockout, Duration duration) {

        /** "1 minute (lockout 1)". */
        @Override
        public String toString() {
            return minutes(duration) + " (lockout " + lockout + ")";
        }
    }

    private void count(ThrottleKey key, ThrottlePolicy policy, Instant now, Consumer<Lock> onLock) {
        Throttle[] before = new Throttle[1];
        Throttle after = throttles.update(key, current -> {
            before[0] = current;
            return current.failedAt(now, policy);
        });
        if (after.lockedBy(before[0], now)) {
            onLock.accept(new Lock(after.lockouts(), Duration.between(now, after.lockedUntil())));
        }
    }

    private void publish(SecurityEventKind kind, Instant at, @Nullable UserId subject, @Nullable String email,
                         String address, String detail) {
        // the actor of a failure is whoever typed it, unknown; a success is the account's own doing
        UserId actor = kind == SecurityEventKind.SIGN_IN_SUCCEEDED ? subject : null;
        events.publishEvent(new SecurityEvent(kind, at, subject, email, actor, address, detail));
    }

    private static String nonBlank(String typedEmail) {
        return typedEmail.isBlank() ? "?" : typedEmail;
    }

    private static String minutes(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
