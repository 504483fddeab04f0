package com.fasttrack.portal.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MailRetryTest {

    private static final Instant FIRST_TRY = Instant.parse("2026-12-04T07:00:00Z");

    @Test
    void theWaitStartsAtAMinuteAndDoublesUpToSixHoursAndTheLastTryFallsOnTheTwentyFourthHour() {
        List<Duration> waits = new ArrayList<>();
        Instant failedAt = FIRST_TRY;
        Optional<Instant> next = MailRetry.nextAttempt(1, FIRST_TRY, failedAt);
        for (int failures = 2; next.isPresent(); failures++) {
            waits.add(Duration.between(failedAt, next.get()));
            failedAt = next.get();
            next = MailRetry.nextAttempt(failures, FIRST_TRY, failedAt);
        }
        assertThat(waits).extracting(Duration::toMinutes)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 360L, 360L, 209L);
        assertThat(failedAt).isEqualTo(FIRST_TRY.plus(Duration.ofHours(24)));
    }

    @Test
    void aMailFailingAfterTwentyFourHoursIsGivenUpWhateverItsCount() {
        assertThat(MailRetry.nextAttempt(1, FIRST_TRY, FIRST_TRY.plus(Duration.ofHours(25)))).isEmpty();
        assertThat(MailRetry.nextAttempt(3, FIRST_TRY, FIRST_TRY.plus(Duration.ofHours(23))))
                .contains(FIRST_TRY.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(4)));
        assertThat(MailRetry.nextAttempt(10_000, FIRST_TRY, FIRST_TRY.plus(Duration.ofHours(1))))
                .contains(FIRST_TRY.plus(Duration.ofHours(7)));
    }
}
