package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInDraft;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.partner.service.PartnerMatchService;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notification mails through a real SMTP server (GreenMail) in a context of their own: the right people get the right
 * mail with a link to the place, digests gather the day, and internal content never reaches a customer or partner.
 * The context is closed afterwards (its outbox polls often). (A new Vaadin context takes over the JVM-wide security
 * context strategy, but the portal and the tests read each context's own strategy bean, so no one needs it back.)
 */
@DirtiesContext
@TestPropertySource(properties = {"portal.mail.outbox-interval=PT0.2S", "portal.base-url=https://portal.test/",
        "portal.mail.from=FastTrack <portal@fasttrack.test>"})
class NotificationMailTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(20);

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> ServerSetupTest.SMTP.getBindAddress());
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    BlockerService blockerService;
    @Autowired
    CheckInService checkInService;
    @Autowired
    PartnerMatchService matchService;
    @Autowired
    MailPreferences preferences;
    @Autowired
    DigestJob digests;
    @Autowired
    Partners partners;

    private UserAccount engineer;
    private UserAccount otherEngineer;
    private UserAccount customer;
    private UserAccount colleague;
    private Engagement engagement;

    @BeforeEach
    void people() {
        engineer = testData.user(Role.ENGINEER);
        otherEngineer = testData.user(Role.ENGINEER);
        customer = testData.user(Role.CUSTOMER);
        colleague = testData.user(Role.CUSTOMER, testData.organisationOf(customer));
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Mail"),
                List.of(engineer, otherEngineer), "SAP");
    }

    @Test
    void anImmediateMailReachesEachRecipientWithTheEngagementInItsSubjectAndALinkToTheTab() throws Exception {
        UserAccount quiet = testData.user(Role.CUSTOMER, testData.organisationOf(customer));
        preferences.set(quiet.id(), MailMode.OFF, java.time.Instant.now());
        login(engineer);
        blockerService.raise(engagement.id(), new BlockerDraft("ExpressRoute circuit", "", Severity.HIGH,
                colleague.displayName(), null, Visibility.SHARED, colleague.id()));

        MimeMessage toCustomer = awaitOne(customer);
        assertThat(toCustomer.getSubject()).isEqualTo("[FastTrack] " + engagement.title() + ": New blocker");
        assertThat(toCustomer.getFrom()).extracting(Address::toString).containsExactly(
                "FastTrack <portal@fasttrack.test>");
        assertThat(body(toCustomer)).contains("Hello " + customer.displayName())
                .contains(engineer.displayName() + " raised a high blocker: 'ExpressRoute circuit'")
                .contains("https://portal.test/engagements/" + engagement.id() + "?tab=" + BlockerTabs.BLOCKERS.slug());
        assertThat(awaitOne(colleague).getSubject()).endsWith(": Blocker assigned to you");
        assertThat(awaitOne(otherEngineer).getSubject()).endsWith(": New blocker");

        // the last of them arrived; the author and the one who turned mail off get nothing
        assertThat(mailsTo(engineer)).isEmpty();
        assertThat(mailsTo(quiet)).isEmpty();
    }

    @Test
    void aDigestGathersTheUnsentNotificationsOfADayInOneMailOnce() throws Exception {
        preferences.set(colleague.id(), MailMode.DAILY_DIGEST, java.time.Instant.now());
        login(engineer);
        blockerService.raise(engagement.id(), new BlockerDraft("Licences", "", Severity.LOW, "Tom", null,
                Visibility.SHARED));
        checkInService.record(engagement.id(), new CheckInDraft(LocalDate.now(), CheckInKind.STATUS, List.of(),
                "Landing zone deployed", "", OnTrack.ON_TRACK, "", "", null));
        await().atMost(MAIL_WAIT).until(() -> mailsTo(customer).size() == 2);
        assertThat(mailsTo(colleague)).isEmpty();

        LocalDate day = LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 3, 1);
        assertThat(digests.runFor(day)).isPositive();
        assertThat(digests.runFor(day)).isZero();

        MimeMessage digest = awaitOne(colleague);
        assertThat(digest.getSubject()).isEqualTo("[FastTrack] Daily digest: 2 notifications on "
                + engagement.title());
        assertThat(body(digest)).contains("== " + engagement.title() + " ==").contains("'Licences'")
                .contains("Landing zone deployed")
                .contains("https://portal.test/engagements/" + engagement.id() + "?tab=" + CheckInTabs.CHECK_INS.slug())
                .contains("https://portal.test/engagements/" + engagement.id() + "?tab=" + BlockerTabs.BLOCKERS.slug());
        // a later digest has nothing new for the colleague
        LocalDate nextDay = day.plusDays(1);
        digests.runFor(nextDay);
        assertThat(mailsTo(colleague)).hasSize(1);
    }

    @Test
    void plantedInternalContentNeverReachesACustomerOrPartnerByMailOrDigestWhileStaffGetTheInternalBlocker()
            throws Exception {
        String blockerMarker = "INTERNAL-BLOCKER-" + UUID.randomUUID();
        String noteMarker = "INTERNAL-NOTE-" + UUID.randomUUID();
        preferences.set(colleague.id(), MailMode.DAILY_DIGEST, java.time.Instant.now());
        UserAccount partnerUser = engagePartner();

        login(engineer);
        blockerService.raise(engagement.id(), new BlockerDraft(blockerMarker, "", Severity.CRITICAL,
                otherEngineer.displayName(), null, Visibility.INTERNAL, otherEngineer.id()));
        checkInService.record(engagement.id(), new CheckInDraft(LocalDate.now(), CheckInKind.STATUS, List.of(),
                "Shared summary of the week", noteMarker, OnTrack.AT_RISK, "", "", null));
        blockerService.raise(engagement.id(), new BlockerDraft("Shared blocker", "", Severity.LOW, "Tom", null,
                Visibility.SHARED));

        await().atMost(MAIL_WAIT).until(() -> mailsTo(customer).stream().anyMatch(m -> text(m)
                .contains("Shared blocker")) && mailsTo(partnerUser).stream().anyMatch(m -> text(m)
                .contains("Shared blocker")) && mailsTo(otherEngineer).stream().anyMatch(m -> text(m)
                .contains("Shared blocker")));
        digests.runFor(LocalDate.of(2000 + Math.floorMod(UUID.randomUUID().hashCode(), 900), 9, 1));
        await().atMost(MAIL_WAIT).until(() -> !mailsTo(colleague).isEmpty());

        assertThat(mailsTo(otherEngineer)).anySatisfy(m -> {
            assertThat(m.getSubject()).endsWith(": Blocker assigned to you");
            assertThat(text(m)).contains(blockerMarker).contains("(internal)");
        });
        assertThat(mailsTo(customer)).anySatisfy(m -> assertThat(text(m)).contains("Shared summary of the week"));
        assertThat(mailsTo(colleague)).singleElement().satisfies(m -> assertThat(text(m))
                .contains("Shared summary of the week").contains("Shared blocker"));
        for (UserAccount outsider : List.of(customer, colleague, partnerUser)) {
            assertThat(mailsTo(outsider)).isNotEmpty().allSatisfy(m -> assertThat(text(m))
                    .doesNotContain(blockerMarker).doesNotContain(noteMarker));
        }
        // the check-in's internal note is in no notification at all, not even the staff's
        assertThat(SMTP.getReceivedMessages()).allSatisfy(m -> assertThat(text(m)).doesNotContain(noteMarker));
    }

    /** A partner whose users are on the engagement (accepted match). */
    private UserAccount engagePartner() {
        Organisation partner = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partner.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3));
        UserAccount partnerUser = testData.user(Role.PARTNER, partner);
        login(customer);
        PartnerMatch requested = matchService.request(engagement.id(), Set.of(SAP), null, "");
        login(engineer);
        PartnerMatch proposed = matchService.propose(engagement.id(), requested.id(), requested.version(),
                List.of(partner.id()));
        login(customer);
        matchService.accept(engagement.id(), proposed.id(), proposed.version());
        return partnerUser;
    }

    private MimeMessage awaitOne(UserAccount user) {
        await().atMost(MAIL_WAIT).until(() -> !mailsTo(user).isEmpty());
        List<MimeMessage> mails = mailsTo(user);
        assertThat(mails).hasSize(1);
        return mails.getFirst();
    }

    private static List<MimeMessage> mailsTo(UserAccount user) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(user.email().value()));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String body(MimeMessage message) throws MessagingException, IOException {
        return (String) message.getContent();
    }

    /** Subject and decoded body: everything a reader sees. */
    private static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + body(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
