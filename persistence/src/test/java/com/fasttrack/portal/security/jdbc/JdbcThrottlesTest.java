package com.fasttrack.portal.security.jdbc;

import com.fasttrack.portal.security.Throttle;
import com.fasttrack.portal.security.ThrottleKey;
import com.fasttrack.portal.security.ThrottlePolicy;
import com.fasttrack.portal.security.Throttles;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The failure counters on PostgreSQL: counted under a row lock, locked accounts found, cleared for all addresses. */
@PersistenceTest
class JdbcThrottlesTest {

    private static final ThrottlePolicy PAIR = new ThrottlePolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(60), Duration.ofHours(12));
    private static final Instant NOW = PersistenceFixtures.NOW;

    @Autowired
    Throttles throttles;

    @Test
    void fiveFailuresStoredOneByOneLockThePairAndAreReadBack() {
        String email = PersistenceFixtures.tag() + "@Guess.example";
        ThrottleKey key = ThrottleKey.account(email, "203.0.113.7");
        for (int i = 0; i < 4; i++) {
            Instant at = NOW.plusSeconds(i);
            throttles.update(key, throttle -> throttle.failedAt(at, PAIR));
        }
        assertThat(throttles.find(key)).get().satisfies(throttle -> {
            assertThat(throttle.failures()).isEqualTo(4);
            assertThat(throttle.windowStart()).isEqualTo(NOW);
            assertThat(throttle.lockedAt(NOW.plusSeconds(5))).isFalse();
        });

        throttles.update(key, throttle -> throttle.failedAt(NOW.plusSeconds(10), PAIR));

        Throttle stored = throttles.find(key).orElseThrow();
        assertThat(stored.lockouts()).isEqualTo(1);
        assertThat(stored.lockedUntil()).isEqualTo(NOW.plusSeconds(70));
        assertThat(throttles.lockedAccounts(List.of(email.toUpperCase(), "nobody@x.example"), NOW.plusSeconds(20)))
                .containsExactly(email.toLowerCase());
        assertThat(throttles.lockedAccounts(List.of(email), NOW.plusSeconds(70))).isEmpty();
        assertThat(throttles.find(ThrottleKey.account(email, "198.51.100.1"))).isEmpty();
    }

    @Test
    void failuresCountedAtTheSameMomentOnSeveralConnectionsAreAllCounted() throws Exception {
        ThrottleKey key = ThrottleKey.address("192.0.2." + (int) (Math.random() * 250));
        throttles.clear(key);
        ThrottlePolicy ceiling = new ThrottlePolicy(1000, Duration.ofMinutes(15), Duration.ofMinutes(15),
                Duration.ofMinutes(60), Duration.ofHours(12));
        List<Callable<Throttle>> failures = IntStream.range(0, 40)
                .<Callable<Throttle>>mapToObj(i -> () -> throttles.update(key, t -> t.failedAt(NOW, ceiling)))
                .toList();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (var done : pool.invokeAll(failures)) {
                done.get();
            }
        }
        assertThat(throttles.find(key).orElseThrow().failures()).isEqualTo(40);
    }

    @Test
    void clearingAnAccountForgetsItsCountersFromEveryAddressButNoOtherAccount() {
        String email = PersistenceFixtures.tag() + "@locked.example";
        String other = PersistenceFixtures.tag() + "@other.example";
        for (String address : List.of("203.0.113.1", "203.0.113.2")) {
            for (int i = 0; i < 5; i++) {
                throttles.update(ThrottleKey.account(email, address), t -> t.failedAt(NOW, PAIR));
            }
        }
        throttles.update(ThrottleKey.account(other, "203.0.113.1"), t -> t.failedAt(NOW, PAIR));

        assertThat(throttles.clearAccount(email.toUpperCase(), NOW.plusSeconds(1))).isEqualTo(2);

        assertThat(throttles.find(ThrottleKey.account(email, "203.0.113.1"))).isEmpty();
        assertThat(throttles.find(ThrottleKey.account(email, "203.0.113.2"))).isEmpty();
        assertThat(throttles.find(ThrottleKey.account(other, "203.0.113.1"))).isPresent();
    }
}
