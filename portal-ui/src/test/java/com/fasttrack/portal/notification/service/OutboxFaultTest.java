package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailOutbox;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.LogCapture;
import com.fasttrack.portal.testing.MutableClock;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;

import ch.qos.logback.classic.Level;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outbox against faults, on the real notification table with a mail server stub and a clock the test moves:
 * nothing is held while the mail server is talked to, a failed mark does not send the others again and sends its own
 * once more only when its claim ran out, and a failing mail is tried on the backoff schedule, then given up.
 */
@PortalIntegrationTest
class OutboxFaultTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    MailOutbox outbox;
    @Autowired
    Notifications notifications;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    private final StubMailServer smtp = new StubMailServer();
    private MutableClock clock;
    private NotificationMailer mailer;
    private UserAccount recipient;
    private Engagement engagement;

    @BeforeEach
    void outbox() {
        // a moment of its own far ahead, so claims of other tests never overlap this test's
        clock = new MutableClock(Instant.parse("2040-01-01T00:00:00Z")
                .plus(Duration.ofDays(Math.floorMod(UUID.randomUUID().hashCode(), 20_000))), ZoneOffset.UTC);
        MailSettings settings = new MailSettings(new StaticListableBeanFactory(Map.of("smtp", smtp))
                .getBeanProvider(JavaMailSender.class), "portal@fasttrack.test", "https://portal.test");
        mailer = new NotificationMailer(outbox, settings, clock, LEASE, "instance-a");
        recipient = testData.user(Role.PROGRAM_MANAGER);
        engagement = testData.engagement(testData.customerOrganisation(Region.JAPAN), TestData.unique("Outbox"),
                List.of(), "SAP");
    }

    @Test
    void noRowLockNoTransactionAndNoConnectionAreHeldWhileTheMailServerIsTalkedTo() throws Exception {
        Notification mail = pending("held " + UUID.randomUUID(), 1);
        smtp.holdMailsTo(recipient.email().value());

        CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(mailer::sendImmediate);
        assertThat(smtp.entered.await(20, TimeUnit.SECONDS)).isTrue();
        // while the send hangs in SMTP, another transaction locks and changes the row without waiting
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.execute("set local lock_timeout = '1s'");
            assertThat(jdbc.queryForObject("select id from notification where id = ? for update nowait", UUID.class,
                    mail.id().value())).isEqualTo(mail.id().value());
            jdbc.update("update notification set read_at = now() where id = ?", mail.id().value());
        });
        smtp.release.countDown();

        assertThat(sending.get(20, TimeUnit.SECONDS)).isPositive();
        assertThat(smtp.whileSending).containsOnly("no transaction, no connection");
        assertThat(smtp.sentTo(recipient)).hasSize(1);
        assertThat(mailedAt(mail)).isNotNull();
    }

    @Test
    void aMarkThatFailsAfterTheSendDoesNotSendTheOthersAgainAndItsOwnOnlyOnceWhenTheClaimRanOut() {
        Notification first = pending("first " + UUID.randomUUID(), 3);
        Notification second = pending("second " + UUID.randomUUID(), 2);
        Notification third = pending("third " + UUID.randomUUID(), 1);
        String trigger = "refuse_mark_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.execute("create function " + trigger + "() returns trigger language plpgsql as "
                + "$$ begin raise exception 'the database went away'; end $$");
        jdbc.execute("create trigger " + trigger + " before update of mailed_at on notification for each row "
                + "when (new.id = '" + second.id().value() + "' and new.mailed_at is not null) execute function "
                + trigger + "()");
        try {
            // the second mail went out, but marking it failed (as when the database goes away at that moment)
            assertThatThrownBy(mailer::sendImmediate).isInstanceOf(DataAccessException.class);
        } finally {
            jdbc.execute("drop trigger " + trigger + " on notification");
            jdbc.execute("drop function " + trigger + "()");
        }
        assertThat(smtp.texts(recipient)).containsExactly(first.text(), second.text());
        assertThat(mailedAt(first)).isNotNull();

        // the next rounds leave the claimed ones alone while the claim lasts
        clock.advance(Duration.ofMinutes(1));
        mailer.sendImmediate();
        assertThat(smtp.texts(recipient)).containsExactly(first.text(), second.text());

        // the claim ran out: the second is sent once more (the one re-send decision 017 allows), the third once
        clock.advance(LEASE);
        mailer.sendImmediate();
        clock.advance(LEASE.multipliedBy(2));
        mailer.sendImmediate();
        assertThat(smtp.texts(recipient)).containsExactly(first.text(), second.text(), second.text(), third.text());
        assertThat(List.of(first, second, third)).allSatisfy(n -> assertThat(mailedAt(n)).isNotNull());
    }

    @Test
    void aMailServerThatKeepsFailingIsTriedAfter1_2_4MinutesUpTo6HoursAndGivenUpAfter24HoursSayingSo() {
        Notification mail = pending("failing " + UUID.randomUUID(), 1);
        smtp.failing = true;
        Instant firstTry = clock.instant();
        try (LogCapture log = new LogCapture(NotificationMailer.class)) {
            mailer.sendImmediate();
            int tries = 1;
            while (!isFailed(mail)) {
                Instant next = nextAttempt(mail);
                clock.set(next.minusSeconds(1));
                mailer.sendImmediate();
                assertThat(smtp.attemptsTo(recipient)).isEqualTo(tries);
                clock.set(next);
                mailer.sendImmediate();
                assertThat(smtp.attemptsTo(recipient)).isEqualTo(++tries);
            }
            // the first try, then after 1, 2, 4 ... 256 minutes, 6 hours twice, and the last at the 24th hour
            assertThat(tries).isEqualTo(13);
            assertThat(Duration.between(firstTry, clock.instant())).isEqualTo(Duration.ofHours(24));
            assertThat(log.lines(Level.WARN)).contains("WARN Gave up on mail " + mail.id() + " after 24 h of failed tries");
        }
        clock.advance(Duration.ofDays(3));
        smtp.failing = false;
        mailer.sendImmediate();
        assertThat(smtp.sentTo(recipient)).isEmpty();
    }

    private Notification pending(String text, int minutesAgo) {
        Notification notification = Notification.of(recipient.id(), engagement.id(), engagement.title(),
                NotificationKind.BLOCKER_RAISED, text, Visibility.SHARED,
                clock.instant().minus(Duration.ofMinutes(minutesAgo)), MailDelivery.IMMEDIATE);
        notifications.add(List.of(notification));
        return notification;
    }

    private OffsetDateTime mailedAt(Notification notification) {
        return jdbc.queryForObject("select mailed_at from notification where id = ?", OffsetDateTime.class,
                notification.id().value());
    }

    private Instant nextAttempt(Notification notification) {
        return jdbc.queryForObject("select mail_next_attempt_at from notification where id = ?",
                OffsetDateTime.class, notification.id().value()).toInstant();
    }

    private boolean isFailed(Notification notification) {
        return "FAILED".equals(jdbc.queryForObject("select mail from notification where id = ?", String.class,
                notification.id().value()));
    }

    /** A mail server that records what it was given, and can refuse everything or hold one recipient's mail. */
    private static final class StubMailServer extends JavaMailSenderImpl {

        final List<SimpleMailMessage> attempts = new CopyOnWriteArrayList<>();
        final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
        final List<String> whileSending = new CopyOnWriteArrayList<>();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean failing;
        private volatile String held = "";

        void holdMailsTo(String email) {
            held = email;
        }

        @Override
        public void send(SimpleMailMessage... messages) {
            for (SimpleMailMessage message : messages) {
                attempts.add(message);
                if (failing) {
                    throw new MailSendException("the mail server is down");
                }
                if (List.of(message.getTo()).contains(held)) {
                    whileSending.add(TransactionSynchronizationManager.isActualTransactionActive()
                            || !TransactionSynchronizationManager.getResourceMap().isEmpty()
                            ? "a transaction or connection" : "no transaction, no connection");
                    entered.countDown();
                    try {
                        assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new MailSendException("interrupted");
                    }
                }
                sent.add(message);
            }
        }

        List<SimpleMailMessage> sentTo(UserAccount user) {
            return sent.stream().filter(m -> List.of(m.getTo()).contains(user.email().value())).toList();
        }

        List<String> texts(UserAccount user) {
            return sentTo(user).stream().map(m -> List.of(m.getText().split("\n")).stream()
                    .filter(line -> line.contains("first ") || line.contains("second ") || line.contains("third "))
                    .findFirst().orElse(m.getText())).toList();
        }

        int attemptsTo(UserAccount user) {
            return (int) attempts.stream().filter(m -> List.of(m.getTo()).contains(user.email().value())).count();
        }
    }
}
