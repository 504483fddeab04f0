package com.fasttrack.portal.notification;

import com.fasttrack.portal.shared.Visibility;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationKindTest {

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void internalContentReachesTheEngineersOnly(NotificationKind kind) {
        assertThat(kind.audience(Visibility.INTERNAL)).isSubsetOf(Party.ENGINEERS);
    }

    @ParameterizedTest
    @EnumSource(value = NotificationKind.class, names = "MATCH_.*", mode = EnumSource.Mode.MATCH_ALL)
    void partnersNeverHearOfAMatch(NotificationKind kind) {
        assertThat(kind.audience(Visibility.SHARED)).doesNotContain(Party.PARTNER);
    }

    @Test
    void eachKindReachesThePartiesItConcerns() {
        assertThat(NotificationKind.BLOCKER_RAISED.audience(Visibility.SHARED))
                .containsExactlyInAnyOrder(Party.ENGINEERS, Party.CUSTOMER, Party.PARTNER);
        assertThat(NotificationKind.PHASE_CHANGED.audience(Visibility.SHARED))
                .containsExactlyInAnyOrder(Party.ENGINEERS, Party.CUSTOMER, Party.PARTNER);
        assertThat(NotificationKind.CHECK_IN_RECORDED.audience(Visibility.SHARED))
                .containsExactlyInAnyOrder(Party.ENGINEERS, Party.CUSTOMER);
        assertThat(NotificationKind.CHECK_IN_OVERDUE.audience(Visibility.SHARED)).containsExactly(Party.ENGINEERS);
        assertThat(NotificationKind.MATCH_PROPOSED.audience(Visibility.SHARED)).containsExactly(Party.CUSTOMER);
        assertThat(NotificationKind.MATCH_ACCEPTED.audience(Visibility.SHARED)).containsExactly(Party.ENGINEERS);
        assertThat(NotificationKind.BLOCKER_ASSIGNED.audience(Visibility.SHARED)).isEmpty();
        assertThat(NotificationKind.BLOCKER_RAISED.audience(Visibility.INTERNAL)).containsExactly(Party.ENGINEERS);
    }

    @Test
    void mailModesMapToADelivery() {
        assertThat(MailMode.IMMEDIATELY.delivery()).isEqualTo(MailDelivery.IMMEDIATE);
        assertThat(MailMode.DAILY_DIGEST.delivery()).isEqualTo(MailDelivery.DIGEST);
        assertThat(MailMode.OFF.delivery()).isEqualTo(MailDelivery.NONE);
    }

    @Test
    void aNotificationLinksToTheTabOfItsKindAndClipsItsText() {
        Notification n = Notification.of(com.fasttrack.portal.security.UserId.random(),
                com.fasttrack.portal.engagement.EngagementId.random(), "E", NotificationKind.CHECK_IN_OVERDUE,
                "x".repeat(2000), Visibility.SHARED, java.time.Instant.EPOCH, MailDelivery.NONE);
        assertThat(n.tab()).isEqualTo(com.fasttrack.portal.checkin.CheckInTabs.CHECK_INS);
        assertThat(n.text()).hasSize(Notification.TEXT_MAX);
        assertThat(n.unread()).isTrue();
    }
}
