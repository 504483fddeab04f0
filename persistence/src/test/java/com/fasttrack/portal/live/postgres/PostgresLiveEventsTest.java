package com.fasttrack.portal.live.postgres;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PersistenceTest
class PostgresLiveEventsTest {

    @Autowired
    PostgresLiveEvents events;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anEventGoesOutWhenItsTransactionCommitsAndNeverWhenItRollsBack() {
        List<LiveEvent> received = new CopyOnWriteArrayList<>();
        await().atMost(Duration.ofSeconds(10)).until(events::isListening);
        try (LiveEvents.Subscription ignored = events.subscribe(received::add)) {
            LiveEvent rolledBack = changed();
            LiveEvent committed = changed();
            TransactionTemplate tx = new TransactionTemplate(transactions);
            tx.executeWithoutResult(status -> {
                events.publish(rolledBack);
                status.setRollbackOnly();
            });
            tx.executeWithoutResult(status -> {
                events.publish(committed);
                assertThat(received).as("not before the commit").doesNotContain(committed);
            });
            await().atMost(Duration.ofSeconds(2)).until(() -> received.contains(committed));
            assertThat(received).doesNotContain(rolledBack);
        }
    }

    @Test
    void anotherInstanceOnTheSameDatabaseReceivesTheEventWithinTwoSeconds() {
        PostgresLiveEvents other = new PostgresLiveEvents(dataSource);
        other.start();
        try {
            List<LiveEvent> received = new CopyOnWriteArrayList<>();
            other.subscribe(received::add);
            await().atMost(Duration.ofSeconds(10)).until(other::isListening);
            LiveEvent event = new NotificationsChanged(UserId.random());
            events.publish(event);
            await().atMost(Duration.ofSeconds(2)).until(() -> received.contains(event));
        } finally {
            other.stop();
        }
        assertThat(other.isListening()).isFalse();
    }

    @Test
    void aCutListeningConnectionComesBackByItselfAndListensAgain() {
        PostgresLiveEvents other = new PostgresLiveEvents(dataSource);
        other.start();
        try {
            List<LiveEvent> received = new CopyOnWriteArrayList<>();
            other.subscribe(received::add);
            await().atMost(Duration.ofSeconds(10)).until(other::isListening);
            int cut = other.backendPid();

            new JdbcTemplate(dataSource).queryForObject("select pg_terminate_backend(?)", Boolean.class, cut);

            await().atMost(Duration.ofSeconds(10)).until(() -> !other.isListening() || other.backendPid() != cut);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> other.isListening() && other.backendPid() != cut);
            assertThat(other.lastFailure()).isPresent();
            LiveEvent event = new NotificationsChanged(UserId.random());
            events.publish(event);
            await().atMost(Duration.ofSeconds(2)).until(() -> received.contains(event));
        } finally {
            other.stop();
        }
    }

    private static LiveEvent changed() {
        return new EngagementChanged(EngagementId.random(), ActivityKind.BLOCKER_RAISED, Visibility.SHARED,
                UserId.random(), "Tester", Instant.now());
    }
}
