package com.fasttrack.portal.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a mail that could not be sent is tried again: a minute after its first failure, the wait doubling with each
 * failure up to six hours, and given up once it has failed 24 hours after its first try (the last try falls on that
 * mark), so an SMTP outage of up to a day loses no mail.
 */
public final class MailRetry {

    public static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    public static final Duration LONGEST_WAIT = Duration.ofHours(6);
    public static final Duration GIVE_UP_AFTER = Duration.ofHours(24);

    private MailRetry() {
    }

    /**
     * The next try after a failure at {@code failedAt}, the {@code failures}-th (1 for the first) of a mail first tried
     * at {@code firstTry}; empty when the mail is given up.
     */
    public static Optional<Instant> nextAttempt(int failures, Instant firstTry, Instant failedAt) {
        Objects.requireNonNull(firstTry, "firstTry");
        Objects.requireNonNull(failedAt, "failedAt");
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1: " + failures);
        }
        Instant giveUp = firstTry.plus(GIVE_UP_AFTER);
        if (!failedAt.isBefore(giveUp)) {
            return Optional.empty();
        }
        // 2^(failures - 1) minutes, without overflowing long before the cap is reached
        Duration wait = failures > 20 ? LONGEST_WAIT : FIRST_WAIT.multipliedBy(1L << (failures - 1));
        Instant next = failedAt.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        return Optional.of(next.isAfter(giveUp) ? giveUp : next);
    }
}
