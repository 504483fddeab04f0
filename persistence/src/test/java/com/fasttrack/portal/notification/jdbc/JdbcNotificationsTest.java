package com.fasttrack.portal.notification.jdbc;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementMembers;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.notification.MailClaim;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailOutbox;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.notification.OutgoingMail;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

@PersistenceTest
class JdbcNotificationsTest {

    @Autowired
    Notifications notifications;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailPreferences preferences;
    @Autowired
    EngagementMembers members;
    @Autowired
    UserAccounts users;
    @Autowired
    PersistenceFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final String tag = PersistenceFixtures.tag();
    private Organisation customer;
    private UserAccount alice;
    private UserAccount bob;
    private UserAccount engineer;
    private Engagement engagement;

    @BeforeEach
    void data() {
        customer = fixtures.customer("Alpha " + tag, Region.UNITED_KINGDOM);
        alice = fixtures.user("Alice " + tag, Role.CUSTOMER, customer);
        bob = fixtures.user("Bob " + tag, Role.CUSTOMER, customer);
        engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        engagement = fixtures.engagement(customer, "Move " + tag, PartnershipOption.FASTTRACK, Set.of(engineer),
                "SAP");
    }

    private Notification note(UserAccount to, String text, int minutesAgo, Visibility visibility,
                              MailDelivery mail) {
        return Notification.of(to.id(), engagement.id(), engagement.title(), NotificationKind.BLOCKER_RAISED, text,
                visibility, NOW.minus(Duration.ofMinutes(minutesAgo)), mail);
    }

    @Test
    void aUserReadsOnlyItsOwnNotificationsNewestFirst() {
        Notification older = note(alice, "older", 10, Visibility.SHARED, MailDelivery.NONE);
        Notification newer = note(alice, "newer", 1, Visibility.SHARED, MailDelivery.NONE);
        Notification bobs = note(bob, "for Bob", 5, Visibility.SHARED, MailDelivery.NONE);
        notifications.add(List.of(older, newer, bobs));

        assertThat(notifications.latest(alice.id(), 10)).extracting(Notification::text)
                .containsExactly("newer", "older");
        assertThat(notifications.latest(alice.id(), 10).getFirst()).isEqualTo(newer);
        assertThat(notifications.latest(alice.id(), 1)).extracting(Notification::text).containsExactly("newer");
        assertThat(notifications.latest(bob.id(), 10)).extracting(Notification::text).containsExactly("for Bob");
        assertThat(notifications.unreadCount(alice.id())).isEqualTo(2);
        assertThat(notifications.latest(alice.id(), 10).getFirst().engagementTitle()).isEqualTo("Move " + tag);
    }

    @Test
    void someoneElsesNotificationCannotBeMarkedReadAndAllReadTouchesOnlyMine() {
        Notification alices = note(alice, "a", 3, Visibility.SHARED, MailDelivery.NONE);
        Notification bobs = note(bob, "b", 3, Visibility.SHARED, MailDelivery.NONE);
        Notification bobs2 = note(bob, "b2", 2, Visibility.SHARED, MailDelivery.NONE);
        notifications.add(List.of(alices, bobs, bobs2));

        assertThat(notifications.markRead(bobs.id(), alice.id(), NOW)).isFalse();
        assertThat(notifications.unreadCount(bob.id())).isEqualTo(2);
        assertThat(notifications.markRead(alices.id(), alice.id(), NOW)).isTrue();
        assertThat(notifications.latest(alice.id(), 5).getFirst().readAt()).isEqualTo(NOW);
        // reading it again is harmless and keeps the first time
        assertThat(notifications.markRead(alices.id(), alice.id(), NOW.plusSeconds(60))).isTrue();
        assertThat(notifications.latest(alice.id(), 5).getFirst().readAt()).isEqualTo(NOW);

        assertThat(notifications.markAllRead(alice.id(), NOW)).isZero();
        assertThat(notifications.unreadCount(bob.id())).isEqualTo(2);
        assertThat(notifications.markAllRead(bob.id(), NOW)).isEqualTo(2);
        assertThat(notifications.unreadCount(bob.id())).isZero();
    }

    @Test
    void anInternalNotificationNeverReachesACustomerEvenIfOneWereCreated() {
        notifications.add(List.of(note(alice, "PLANTED-INTERNAL", 1, Visibility.INTERNAL, MailDelivery.IMMEDIATE),
                note(engineer, "internal for staff", 1, Visibility.INTERNAL, MailDelivery.NONE)));
        assertThat(notifications.latest(alice.id(), 10)).isEmpty();
        assertThat(notifications.unreadCount(alice.id())).isZero();
        assertThat(notifications.latest(engineer.id(), 10)).extracting(Notification::text)
                .containsExactly("internal for staff");
        List<OutgoingMail> claimed = transactions.execute(status -> outbox.claim(MailDelivery.IMMEDIATE, 1000, claim()));
        assertThat(claimed).extracting(m -> m.notification().text()).doesNotContain("PLANTED-INTERNAL");
    }

    @Test
    void aNotificationVanishesFromTheBellAndTheOutboxOfWhoeverLostTheEngagement() {
        Organisation partner = fixtures.partner("Partner " + tag, Region.UNITED_KINGDOM);
        UserAccount partnerUser = fixtures.user("Pat " + tag, Role.PARTNER, partner);
        UserAccount programManager = fixtures.user("Pm " + tag, Role.PROGRAM_MANAGER, null);
        match(partner, "ENGAGED");
        List<UserAccount> everyone = List.of(alice, bob, engineer, partnerUser, programManager);
        notifications.add(everyone.stream().map(user -> note(user, "gone " + tag, 1, Visibility.SHARED,
                MailDelivery.IMMEDIATE)).toList());
        everyone.forEach(user -> assertThat(notifications.unreadCount(user.id())).isEqualTo(1));

        // Bob moves to another customer, the engineer is unassigned, the partner's work is closed
        Organisation other = fixtures.customer("Other " + tag, Region.UNITED_KINGDOM);
        users.save(users.findById(bob.id()).orElseThrow().reassign(programManager.id(), Role.CUSTOMER, other.id()));
        jdbc.update("delete from engagement_engineer where engagement_id = ?", engagement.id().value());
        jdbc.update("update partner_match set state = 'CLOSED' where engagement_id = ?", engagement.id().value());

        for (UserAccount gone : List.of(bob, engineer, partnerUser)) {
            assertThat(notifications.latest(gone.id(), 10)).isEmpty();
            assertThat(notifications.unreadCount(gone.id())).isZero();
        }
        // a program manager sees every engagement; Alice is still the customer's
        assertThat(notifications.latest(programManager.id(), 10)).extracting(Notification::text)
                .containsExactly("gone " + tag);
        assertThat(notifications.unreadCount(alice.id())).isEqualTo(1);
        List<OutgoingMail> claimed = transactions.execute(status -> outbox.claim(MailDelivery.IMMEDIATE, 1000, claim()));
        assertThat(claimed).filteredOn(m -> m.notification().text().equals("gone " + tag))
                .extracting(OutgoingMail::email).containsExactlyInAnyOrder(alice.email().value(),
                        programManager.email().value());
        // given up rather than kept: access coming back later does not send old news
        assertThat(jdbc.queryForList("select mail from notification where text = ? and recipient = ?", String.class,
                "gone " + tag, bob.id().value())).containsExactly("NONE");
    }

    @Test
    void theOutboxHandsEachPendingMailToOneSenderOnly() throws Exception {
        Notification first = note(alice, "first " + tag, 2, Visibility.SHARED, MailDelivery.IMMEDIATE);
        Notification second = note(bob, "second " + tag, 1, Visibility.SHARED, MailDelivery.IMMEDIATE);
        Notification digest = note(bob, "digest " + tag, 1, Visibility.SHARED, MailDelivery.DIGEST);
        notifications.add(List.of(first, second, digest));

        CountDownLatch claimedByOne = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<List<String>> holder = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            List<String> mine = texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claim()));
            claimedByOne.countDown();
            await(secondDone);
            return mine;
        }));
        assertThat(claimedByOne.await(10, TimeUnit.SECONDS)).isTrue();
        List<String> other = transactions.execute(status -> texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claim())));
        secondDone.countDown();
        assertThat(holder.get(10, TimeUnit.SECONDS)).contains("first " + tag, "second " + tag);
        assertThat(other).doesNotContain("first " + tag, "second " + tag);

        transactions.executeWithoutResult(status -> outbox.markMailed(List.of(first.id(), second.id()), NOW));
        List<OutgoingMail> after = transactions.execute(status -> outbox.claim(MailDelivery.IMMEDIATE, 1000, claim()));
        assertThat(texts(after)).doesNotContain("first " + tag, "second " + tag);
        List<OutgoingMail> digests = transactions.execute(status -> outbox.claim(MailDelivery.DIGEST, 1000, claim()));
        assertThat(digests).filteredOn(m -> m.notification().id().equals(digest.id())).singleElement()
                .satisfies(m -> {
                    assertThat(m.email()).isEqualTo(bob.email().value());
                    assertThat(m.role()).isEqualTo(Role.CUSTOMER);
                });
    }

    @Test
    void aMailThatKeepsFailingIsDueAgainAfterDoublingWaitsAndGivenUp24HoursAfterItsFirstTry() {
        Notification failing = note(alice, "failing " + tag, 1, Visibility.SHARED, MailDelivery.IMMEDIATE);
        notifications.add(List.of(failing));
        Instant firstTry = NOW.plus(Duration.ofDays(400));
        assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(firstTry)))).contains("failing " + tag);
        List<Long> waits = new ArrayList<>();
        Instant tried = firstTry;
        while (outbox.markFailed(List.of(failing.id()), tried).isEmpty()) {
            Instant next = jdbc.queryForObject("select mail_next_attempt_at from notification where id = ?",
                    OffsetDateTime.class, failing.id().value()).toInstant();
            waits.add(Duration.between(tried, next).toMinutes());
            // not due a second before its time, due at it
            assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(next.minusSeconds(1)))))
                    .doesNotContain("failing " + tag);
            assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(next)))).contains("failing " + tag);
            tried = next;
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 360L, 360L, 209L);
        assertThat(Duration.between(firstTry, tried)).isEqualTo(Duration.ofHours(24));
        assertThat(notifications.latest(alice.id(), 1).getFirst().mail()).isEqualTo(MailDelivery.FAILED);
        assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(tried.plus(Duration.ofDays(2))))))
                .doesNotContain("failing " + tag);
    }

    @Test
    void aClaimedMailIsNoOnesElseUntilItsClaimRunsOutAndThenClaimedOnceMore() {
        Notification mail = note(alice, "claimed " + tag, 1, Visibility.SHARED, MailDelivery.IMMEDIATE);
        notifications.add(List.of(mail));
        Instant at = NOW.plus(Duration.ofDays(800));
        assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(at)))).contains("claimed " + tag);
        // the claimer died between sending and marking: nobody sends it while the claim lasts, one sender after
        assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(at.plus(Duration.ofMinutes(4))))))
                .doesNotContain("claimed " + tag);
        Instant runOut = at.plus(Duration.ofMinutes(5));
        assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(runOut)))).contains("claimed " + tag);
        assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(runOut)))).doesNotContain("claimed " + tag);
        outbox.markMailed(List.of(mail.id()), runOut);
        assertThat(texts(outbox.claim(MailDelivery.IMMEDIATE, 1000, claimAt(runOut.plus(Duration.ofHours(1))))))
                .doesNotContain("claimed " + tag);
    }

    private static MailClaim claim() {
        return claimAt(NOW);
    }

    private static MailClaim claimAt(Instant at) {
        return new MailClaim("test-instance", at, at.plus(Duration.ofMinutes(5)), false);
    }

    @Test
    void preferencesDefaultToImmediatelyAndAreKeptPerUser() {
        assertThat(preferences.modeOf(alice.id())).isEqualTo(MailMode.IMMEDIATELY);
        preferences.set(alice.id(), MailMode.DAILY_DIGEST, NOW);
        preferences.set(alice.id(), MailMode.OFF, NOW);
        preferences.set(bob.id(), MailMode.DAILY_DIGEST, NOW);
        assertThat(preferences.modesOf(List.of(alice.id(), bob.id(), engineer.id()))).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of(alice.id(), MailMode.OFF, bob.id(), MailMode.DAILY_DIGEST, engineer.id(),
                        MailMode.IMMEDIATELY));
    }

    @Test
    void theMembersAreTheCustomersEnabledUsersTheEngineersAndTheEngagedPartnersUsers() {
        Organisation partner = fixtures.partner("Partner " + tag, Region.UNITED_KINGDOM);
        UserAccount partnerUser = fixtures.user("Pat " + tag, Role.PARTNER, partner);
        Organisation idle = fixtures.partner("Idle " + tag, Region.UNITED_KINGDOM);
        fixtures.user("Ida " + tag, Role.PARTNER, idle);
        UserAccount disabled = fixtures.user("Dis " + tag, Role.CUSTOMER, customer);
        users.save(disabled.withEnabled(false));
        fixtures.user("Other engineer " + tag, Role.ENGINEER, null);
        fixtures.user("Pm " + tag, Role.PROGRAM_MANAGER, null);
        match(partner, "ENGAGED");
        match(idle, "DECLINED");

        assertThat(members.of(engagement.id())).extracting(EngagementMembers.Member::name)
                .containsExactly(alice.displayName(), bob.displayName(), engineer.displayName(),
                        partnerUser.displayName());
        assertThat(members.of(engagement.id())).extracting(EngagementMembers.Member::role)
                .containsExactly(Role.CUSTOMER, Role.CUSTOMER, Role.ENGINEER, Role.PARTNER);
    }

    private void match(Organisation partner, String state) {
        jdbc.update("insert into partner_match (id, engagement_id, requested_by, requested_at, state, partner_id) "
                + "values (?, ?, ?, now(), ?, ?)", UUID.randomUUID(), engagement.id().value(), engineer.id().value(),
                state, partner.id().value());
    }

    private static List<String> texts(List<OutgoingMail> mails) {
        return mails.stream().map(m -> m.notification().text()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
