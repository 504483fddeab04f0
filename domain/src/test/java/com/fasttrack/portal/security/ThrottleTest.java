package com.fasttrack.portal.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThrottleTest {

    private static final ThrottlePolicy PAIR = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(60), Duration.ofHours(12));
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final ThrottleKey KEY = ThrottleKey.account("Ana@Example.COM ", "203.0.113.7");

    @Test
    void theNthLockoutWaitsTwoToTheNMinusOneMinutesUpToAnHour() {
        assertThat(PAIR.lockFor(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(PAIR.lockFor(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(PAIR.lockFor(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(PAIR.lockFor(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(PAIR.lockFor(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(PAIR.lockFor(7)).isEqualTo(Duration.ofMinutes(60));
        assertThat(PAIR.lockFor(1000)).isEqualTo(Duration.ofMinutes(60));
        assertThatThrownBy(() -> PAIR.lockFor(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fourFailuresInTheWindowDoNotLockTheFifthLocksForOneMinute() {
        Throttle throttle = failures(Throttle.fresh(KEY), 4, T0, Duration.ofMinutes(1));
        assertThat(throttle.lockedAt(T0.plusSeconds(300))).isFalse();
        assertThat(throttle.failures()).isEqualTo(4);

        Throttle fifth = throttle.failedAt(T0.plusSeconds(300), PAIR);

        assertThat(fifth.lockedBy(throttle, T0.plusSeconds(300))).isTrue();
        assertThat(fifth.lockedUntil()).isEqualTo(T0.plusSeconds(360));
        assertThat(fifth.lockedAt(T0.plusSeconds(359))).isTrue();
        assertThat(fifth.lockedAt(T0.plusSeconds(360))).isFalse();
        assertThat(fifth.remainingAt(T0.plusSeconds(330))).contains(Duration.ofSeconds(30));
    }

    @Test
    void failuresFurtherApartThanTheWindowNeverLock() {
        Throttle throttle = Throttle.fresh(KEY);
        for (int i = 0; i < 20; i++) {
            throttle = throttle.failedAt(T0.plus(Duration.ofMinutes(4L * i)), PAIR);
        }
        assertThat(throttle.lockouts()).isZero();
        assertThat(throttle.lockedUntil()).isNull();
    }

    @Test
    void eachFurtherLockoutDoublesTheWait() {
        Throttle throttle = Throttle.fresh(KEY);
        Instant now = T0;
        for (int lockout = 1; lockout <= 8; lockout++) {
            throttle = failures(throttle, 5, now, Duration.ofSeconds(1));
            assertThat(throttle.lockouts()).isEqualTo(lockout);
            Duration expected = Duration.ofMinutes(Math.min(60, 1L << (lockout - 1)));
            assertThat(Duration.between(now.plusSeconds(4), throttle.lockedUntil())).isEqualTo(expected);
            now = throttle.lockedUntil();
        }
    }

    @Test
    void aFailureWhileLockedNeitherExtendsNorRestartsTheLock() {
        Throttle locked = failures(Throttle.fresh(KEY), 5, T0, Duration.ofSeconds(1));
        Throttle again = locked.failedAt(T0.plusSeconds(30), PAIR);
        assertThat(again).isEqualTo(locked);
    }

    @Test
    void lockoutsAreForgottenAfterTwelveHoursWithoutAFailure() {
        Throttle locked = failures(Throttle.fresh(KEY), 5, T0, Duration.ofSeconds(1));
        Throttle later = failures(locked, 5, T0.plus(Duration.ofHours(13)), Duration.ofSeconds(1));
        assertThat(later.lockouts()).isEqualTo(1);
        assertThat(Duration.between(T0.plus(Duration.ofHours(13)).plusSeconds(4), later.lockedUntil()))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theAccountIsKeptAsTypedButLowerCased() {
        assertThat(KEY.account()).isEqualTo("ana@example.com");
        assertThat(ThrottleKey.address("203.0.113.7").account()).isEmpty();
        assertThatThrownBy(() -> new ThrottleKey(ThrottleKind.ACCOUNT, "", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Throttle failures(Throttle start, int count, Instant from, Duration apart) {
        Throttle throttle = start;
        for (int i = 0; i < count; i++) {
            throttle = throttle.failedAt(from.plus(apart.multipliedBy(i)), PAIR);
        }
        return throttle;
    }
}
