package com.fasttrack.portal.security;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One failure counter: the failures of the current window, how often it locked since its last success, and until
 * when it is locked. A failure while locked changes nothing: the lock neither grows nor restarts.
 */
public record Throttle(ThrottleKey key, @Nullable Instant windowStart, int failures, int lockouts,
                       @Nullable Instant lockedUntil, @Nullable Instant lastFailureAt) {

    public Throttle {
        Objects.requireNonNull(key, "key");
        if (failures < 0 || lockouts < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** A counter that has seen no failure. */
    public static Throttle fresh(ThrottleKey key) {
        return new Throttle(key, null, 0, 0, null, null);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The time left on the lock, if locked now. */
    public Optional<Duration> remainingAt(Instant now) {
        return lockedAt(now) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }

    /** The counter after one more failure at {@code now}: counted in its window, and locked at the ceiling. */
    public Throttle failedAt(Instant now, ThrottlePolicy policy) {
        if (lockedAt(now)) {
            return this;
        }
        int priorLockouts = lastFailureAt != null && !now.isBefore(lastFailureAt.plus(policy.resetAfter()))
                ? 0 : lockouts;
        boolean windowOpen = windowStart != null && now.isBefore(windowStart.plus(policy.window()));
        Instant start = windowOpen ? windowStart : now;
        int counted = windowOpen ? failures + 1 : 1;
        if (counted >= policy.maxFailures()) {
            int lockout = priorLockouts + 1;
            return new Throttle(key, null, 0, lockout, now.plus(policy.lockFor(lockout)), now);
        }
        return new Throttle(key, start, counted, priorLockouts, lockedUntil, now);
    }

    /** Whether this failure is the one that locked the counter (the previous state was not locked). */
    public boolean lockedBy(Throttle before, Instant now) {
        return lockedAt(now) && !before.lockedAt(now);
    }
}
