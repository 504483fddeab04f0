package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthPoint;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The listeners run in the writing transaction: a write that fails after publishing its event, or is rolled back,
 * leaves no history entry, no notification, no health change and no live event; the same write committed leaves
 * all of them.
 */
class RolledBackWritesLeaveNoTraceTest extends KaribuTest {

    @Autowired
    BlockerService blockers;
    @Autowired
    Activities activities;
    @Autowired
    Notifications notifications;
    @Autowired
    EngagementHealth health;
    @Autowired
    LiveEvents live;
    @Autowired
    TransactionTemplate transactions;

    private final List<LiveEvent> received = new CopyOnWriteArrayList<>();
    private LiveEvents.Subscription subscription;
    private UserAccount engineer;
    private UserAccount owner;
    private Engagement engagement;

    @BeforeEach
    void watch() {
        engineer = testData.user(Role.ENGINEER);
        owner = testData.user(Role.ENGINEER);
        engagement = testData.engagement(testData.customerOrganisation(Region.CANADA), TestData.unique("Rollback"),
                List.of(engineer, owner), "SAP");
        subscription = live.subscribe(received::add);
    }

    @AfterEach
    void stop() {
        subscription.close();
    }

    @Test
    void aWriteThatFailsAfterPublishingLeavesNothing() {
        login(engineer);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            raise("FAILED-AFTER-PUBLISHING");
            throw new IllegalStateException("the write fails after its event was handled");
        })).hasMessageContaining("fails after");
        transactions.executeWithoutResult(status -> {
            raise("ROLLED-BACK");
            status.setRollbackOnly();
        });

        assertThat(entries()).isEmpty();
        assertThat(notificationsOfOwner()).isEmpty();
        assertThat(healthPoints()).isEmpty();

        // the committed write afterwards: once its live events arrived, any of the rolled-back ones would have too
        raise("COMMITTED");
        await().atMost(Duration.ofSeconds(5)).until(() -> changes().size() == 1 && bellsOfOwner() == 1);

        assertThat(entries()).extracting(ActivityEntry::summary).singleElement()
                .satisfies(summary -> assertThat(summary).contains("COMMITTED"));
        assertThat(notificationsOfOwner()).extracting(Notification::text).singleElement()
                .satisfies(text -> assertThat(text).contains("COMMITTED"));
        assertThat(healthPoints()).extracting(HealthPoint::colour).containsExactly(HealthColour.RED);
        assertThat(changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ActivityKind.BLOCKER_RAISED);
            assertThat(change.actor()).isEqualTo(engineer.id());
        });
    }

    private void raise(String title) {
        // a critical blocker turns the health red: the reassessment is part of the write, too
        blockers.raise(engagement.id(), new BlockerDraft(title, "", Severity.CRITICAL, owner.displayName(), null,
                Visibility.SHARED, owner.id()));
    }

    private List<ActivityEntry> entries() {
        return activities.of(engagement.id(), new EngagementScope.All(), ActivityKind.BLOCKER_RAISED, null,
                PageRequest.of(0, 10));
    }

    private List<Notification> notificationsOfOwner() {
        return notifications.latest(owner.id(), 20).stream()
                .filter(n -> n.engagementId().equals(engagement.id())).toList();
    }

    private List<HealthPoint> healthPoints() {
        return health.history(engagement.id(), new EngagementScope.All());
    }

    private List<EngagementChanged> changes() {
        return received.stream().filter(e -> e instanceof EngagementChanged c && c.engagement().equals(engagement.id())
                && c.kind() == ActivityKind.BLOCKER_RAISED).map(EngagementChanged.class::cast).toList();
    }

    private long bellsOfOwner() {
        return received.stream().filter(e -> e instanceof NotificationsChanged n && n.user().equals(owner.id()))
                .count();
    }
}
