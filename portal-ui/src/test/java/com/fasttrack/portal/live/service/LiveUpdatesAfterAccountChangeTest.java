package com.fasttrack.portal.live.service;

import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A page whose account changed since sign-in hears nothing more, even before it makes its next request. */
@PortalIntegrationTest
class LiveUpdatesAfterAccountChangeTest {

    @Autowired
    LiveUpdates live;
    @Autowired
    LiveEvents events;
    @Autowired
    TestData testData;
    @Autowired
    UserDetailsService users;

    @Test
    void aDisabledUsersOpenPageReceivesNoFurtherPushes() {
        UserAccount disabled = testData.user(Role.CUSTOMER);
        UserAccount other = testData.user(Role.CUSTOMER);
        AtomicInteger heardByDisabled = new AtomicInteger();
        AtomicInteger heardByOther = new AtomicInteger();
        try (LiveUpdates.Watch one = live.watchNotifications(principal(disabled), heardByDisabled::incrementAndGet);
             LiveUpdates.Watch two = live.watchNotifications(principal(other), heardByOther::incrementAndGet)) {
            events.publish(new NotificationsChanged(disabled.id()));
            await().atMost(Duration.ofSeconds(5)).until(() -> heardByDisabled.get() == 1);

            testData.disable(disabled);
            events.publish(new NotificationsChanged(disabled.id()));
            events.publish(new NotificationsChanged(other.id()));

            await().atMost(Duration.ofSeconds(5)).until(() -> heardByOther.get() == 1);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                    .until(() -> heardByDisabled.get() == 1);
            assertThat(heardByDisabled).hasValue(1);
        }
    }

    private PortalUser principal(UserAccount account) {
        return (PortalUser) users.loadUserByUsername(account.email().value());
    }
}
