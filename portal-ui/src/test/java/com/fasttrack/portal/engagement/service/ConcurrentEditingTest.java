package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInDraft;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.UserThreads;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Real concurrency on PostgreSQL: threads with their own signed-in users call the services at the same moment. */
@PortalIntegrationTest
class ConcurrentEditingTest {

    private static final EngagementScope ALL = new EngagementScope.All();

    @Autowired
    TestData testData;
    @Autowired
    EngagementService service;
    @Autowired
    CheckInService checkInService;
    @Autowired
    Engagements engagements;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Activities activities;
    @Autowired
    UserThreads users;

    /** One user's attempt: saved, or refused with the conflict. */
    private record Attempt(UserAccount by, String title, @Nullable EngagementConflictException conflict) {
    }

    @RepeatedTest(5)
    void twoEditsOfTheSameVersionAtOnceExactlyOneWinsAndTheOtherLearnsWhoWon() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount manager = testData.user(Role.PROGRAM_MANAGER);
        Engagement loaded = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Race"), List.of(engineer), "SAP");
        CyclicBarrier together = new CyclicBarrier(2);

        List<Attempt> attempts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Attempt> byEngineer = pool.submit(users.as(engineer,
                    () -> edit(engineer, loaded, "By the engineer", together)));
            Future<Attempt> byManager = pool.submit(users.as(manager,
                    () -> edit(manager, loaded, "By the manager", together)));
            attempts.add(byEngineer.get(60, TimeUnit.SECONDS));
            attempts.add(byManager.get(60, TimeUnit.SECONDS));
        }

        List<Attempt> won = attempts.stream().filter(attempt -> attempt.conflict() == null).toList();
        List<Attempt> lost = attempts.stream().filter(attempt -> attempt.conflict() != null).toList();
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(1);
        Attempt winner = won.getFirst();
        EngagementConflictException conflict = lost.getFirst().conflict();
        Engagement stored = engagements.find(loaded.id(), ALL).orElseThrow();
        assertThat(stored.title()).isEqualTo(winner.title());
        assertThat(stored.version()).isEqualTo(loaded.version() + 1);
        assertThat(conflict.changedBy()).isEqualTo(winner.by().displayName());
        assertThat(conflict.current().title()).isEqualTo(winner.title());
        assertThat(conflict.currentVersion()).isEqualTo(stored.version());
        assertThat(activities.count(loaded.id(), ALL, ActivityKind.FIELDS_CHANGED, null)).isEqualTo(1);
    }

    private Attempt edit(UserAccount by, Engagement loaded, String title, CyclicBarrier together) throws Exception {
        EngagementDraft draft = new EngagementDraft(loaded.customerId(), title, loaded.goal(), loaded.option(),
                loaded.workloads(), Set.of(), null, Map.of());
        together.await(30, TimeUnit.SECONDS);
        try {
            service.update(loaded.id(), loaded.version(), draft);
            return new Attempt(by, title, null);
        } catch (EngagementConflictException conflict) {
            return new Attempt(by, title, conflict);
        }
    }

    @Test
    void fiftyCheckInsRecordedAtOnceAllLandWithTheirActivity() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Busy"), List.of(engineer), "SAP");
        CountDownLatch start = new CountDownLatch(1);
        LocalDate today = LocalDate.now();

        List<Future<?>> recorded = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 50; i++) {
                CheckInDraft draft = new CheckInDraft(today.minusDays(i), CheckInKind.STATUS, List.of("Ada"),
                        "Status " + i, "", OnTrack.ON_TRACK, "", "", null);
                recorded.add(pool.submit(users.as(engineer, () -> {
                    start.await(30, TimeUnit.SECONDS);
                    return checkInService.record(engagement.id(), draft);
                })));
            }
            start.countDown();
            for (Future<?> each : recorded) {
                each.get(60, TimeUnit.SECONDS);
            }
        }

        assertThat(checkIns.count(engagement.id(), ALL)).isEqualTo(50);
        assertThat(activities.count(engagement.id(), ALL, ActivityKind.CHECK_IN_RECORDED, null)).isEqualTo(50);
        assertThat(engagements.find(engagement.id(), ALL).orElseThrow().version())
                .as("check-ins do not make an open edit of the engagement stale").isEqualTo(engagement.version());
    }
}
