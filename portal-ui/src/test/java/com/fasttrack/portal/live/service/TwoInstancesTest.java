package com.fasttrack.portal.live.service;

import com.fasttrack.portal.Application;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.postgres.PostgresLiveEvents;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal as two instances behind a load balancer: this test's context is instance A; a second, complete
 * application context on the same PostgreSQL (with its own web server on a free port) is instance B. A change
 * saved on A reaches a page watching on B through LISTEN/NOTIFY.
 */
@PortalIntegrationTest
class TwoInstancesTest {

    @Autowired
    EngagementService engagementsOnA;
    @Autowired
    UserDetailsService usersOnA;
    @Autowired
    TestData testData;
    @Autowired
    SecurityContextHolderStrategy strategyOnA;

    @AfterEach
    void signOut() {
        strategyOnA.clearContext();
    }

    @Test
    void changesAndPresenceOnInstanceAReachInstanceBWithinTwoSeconds() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Two"),
                List.of(engineer), "SAP");
        try (ConfigurableApplicationContext instanceB = new SpringApplicationBuilder(Application.class)
                .initializers(new TestDatabaseInitializer())
                .properties("server.port=0", "portal.demo-data=false")
                .run()) {
            await().atMost(Duration.ofSeconds(10)).until(instanceB.getBean(PostgresLiveEvents.class)::isListening);
            PortalUser customerOnB = (PortalUser) instanceB.getBean(UserDetailsService.class)
                    .loadUserByUsername(customer.email().value());
            List<EngagementChanged> seenOnB = new CopyOnWriteArrayList<>();
            AtomicLong receivedAt = new AtomicLong();
            List<String> othersSeenOnB = new CopyOnWriteArrayList<>();
            LiveUpdates.Watch watch = instanceB.getBean(LiveUpdates.class).watch(engagement.id(), customerOnB,
                    new LiveUpdates.EngagementListener() {
                        @Override
                        public void changed(EngagementChanged change) {
                            receivedAt.compareAndSet(0, System.nanoTime());
                            seenOnB.add(change);
                        }

                        @Override
                        public void viewersChanged(List<Presence.Viewer> others) {
                            others.forEach(o -> othersSeenOnB.add(o.name()));
                        }
                    });
            try {
                signIn(engineer);
                long savedAt = System.nanoTime();
                engagementsOnA.describeGoal(engagement.id(), engagement.version(), "Go live before the audit");

                await().atMost(Duration.ofSeconds(2)).until(() -> !seenOnB.isEmpty());
                System.out.printf("Instance B's page heard of the save on instance A after %d ms%n",
                        (receivedAt.get() - savedAt) / 1_000_000);
                assertThat(seenOnB).singleElement().satisfies(change -> {
                    assertThat(change.kind()).isEqualTo(ActivityKind.GOAL_CHANGED);
                    assertThat(change.actor()).isEqualTo(engineer.id());
                    assertThat(change.actorName()).isEqualTo(engineer.displayName());
                });

                // presence: the engineer opens the engagement on A; the customer's page on B sees it, then not
                PortalUser engineerOnA = (PortalUser) usersOnA.loadUserByUsername(engineer.email().value());
                try (LiveUpdates.Watch engineersPage = watchOnA(engagement, engineerOnA)) {
                    await().atMost(Duration.ofSeconds(2)).until(() -> othersSeenOnB.contains(engineer.displayName()));
                }
                Presence presenceOnB = instanceB.getBean(Presence.class);
                await().atMost(Duration.ofSeconds(2)).until(() -> presenceOnB.viewers(engagement.id()).stream()
                        .noneMatch(v -> v.user().equals(engineer.id())));
            } finally {
                watch.close();
            }
        }
    }

    @Autowired
    LiveUpdates liveOnA;

    private LiveUpdates.Watch watchOnA(Engagement engagement, PortalUser user) {
        return liveOnA.watch(engagement.id(), user, new LiveUpdates.EngagementListener() {
            @Override
            public void changed(EngagementChanged change) {
            }

            @Override
            public void viewersChanged(List<Presence.Viewer> others) {
            }
        });
    }

    /**
     * Signs in on instance A's own strategy (method security and CurrentUser read it), not the static holder, which
     * instance B took over when it started (two portals in one JVM; in production each has its JVM).
     */
    private void signIn(UserAccount account) {
        var user = usersOnA.loadUserByUsername(account.email().value());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        strategyOnA.getContext().setAuthentication(authentication);
    }
}
