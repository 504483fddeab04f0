package com.fasttrack.portal.security;

import java.time.Duration;
import java.util.Objects;

/**
 * When failures lock a counter: {@code maxFailures} within {@code window} lock it; the n-th lockout since the last
 * success waits {@code min(maxLock, firstLock × 2^(n-1))} (Keycloak's temporary lockout); after {@code resetAfter}
 * without a failure the lockouts are forgotten.
 */
public record ThrottlePolicy(int maxFailures, Duration window, Duration firstLock, Duration maxLock,
                             Duration resetAfter) {

    public ThrottlePolicy {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(maxLock, "maxLock");
        Objects.requireNonNull(resetAfter, "resetAfter");
        if (window.isNegative() || window.isZero() || firstLock.isNegative() || firstLock.compareTo(maxLock) > 0) {
            throw new IllegalArgumentException("window must be positive and firstLock at most maxLock");
        }
    }

    /** The wait of the n-th lockout (n from 1): doubling from the first, never above the maximum. */
    public Duration lockFor(int lockout) {
        if (lockout < 1) {
            throw new IllegalArgumentException("lockouts count from 1");
        }
        // beyond 2^30 the doubling has long passed any sensible maximum
        Duration wait = firstLock.multipliedBy(1L << Math.min(lockout - 1, 30));
        return wait.compareTo(maxLock) > 0 || wait.isNegative() ? maxLock : wait;
    }
}
