package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchScore;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.UserThreads;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real concurrency on PostgreSQL: two customers accept proposals of one partner that has a single free slot. The
 * first acceptance is held open after its capacity check; the second must wait for it and then be refused.
 */
@PortalIntegrationTest
class PartnerCapacityRaceTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    TestData testData;
    @Autowired
    UserThreads users;
    @Autowired
    PartnerMatchService service;
    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    private record Proposed(UserAccount customer, Engagement engagement, PartnerMatch match) {
    }

    private Proposed proposedTo(Organisation partner) {
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Race"),
                List.of(engineer), "SAP");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PartnerCandidate candidate = partners.find(partner.id()).orElseThrow();
        PartnerMatch match = matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "",
                        customer.id(), Role.CUSTOMER, now)
                .propose(List.of(new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP),
                        Region.UNITED_KINGDOM, null))), engineer.id(), Role.ENGINEER, now));
        return new Proposed(customer, engagement, match);
    }

    /** A session of this database waits for a row lock (the second acceptance, queued behind the first). */
    private boolean someoneWaitsForALock() {
        Integer waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where datname ="
                + " current_database() and wait_event_type = 'Lock'", Integer.class);
        return waiting != null && waiting > 0;
    }

    private static void awaitInTransaction(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the first acceptance commit");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void twoCustomersAcceptingTheLastFreeSlotAtOnceExactlyOneGetsThePartner() throws Exception {
        Organisation partner = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partner.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 1));
        Proposed first = proposedTo(partner);
        Proposed second = proposedTo(partner);
        CountDownLatch firstChecked = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<PartnerMatch> byFirst = pool.submit(users.as(first.customer(), () -> transaction.execute(tx -> {
                PartnerMatch accepted = service.accept(first.engagement().id(), first.match().id(),
                        first.match().version());
                firstChecked.countDown();
                awaitInTransaction(firstMayCommit);
                return accepted;
            })));
            Future<PartnerMatch> bySecond = pool.submit(users.as(second.customer(), () -> {
                firstChecked.await(30, TimeUnit.SECONDS);
                return service.accept(second.engagement().id(), second.match().id(), second.match().version());
            }));
            assertThat(firstChecked.await(30, TimeUnit.SECONDS)).isTrue();
            // the second acceptance either already went through the open first one, or waits behind it
            await().atMost(Duration.ofSeconds(30)).until(() -> bySecond.isDone() || someoneWaitsForALock());
            firstMayCommit.countDown();

            assertThat(byFirst.get(30, TimeUnit.SECONDS).status()).isEqualTo(MatchStatus.ACCEPTED);
            try {
                PartnerMatch alsoAccepted = bySecond.get(30, TimeUnit.SECONDS);
                throw new AssertionError("both customers got the partner's single slot: " + alsoAccepted.status());
            } catch (ExecutionException refused) {
                assertThat(refused.getCause()).isInstanceOf(DomainException.class)
                        .hasMessage(partner.name() + " has no free capacity any more; decline it to see the next"
                                + " partner");
            }
        }
        assertThat(matches.find(second.match().id(), second.engagement().id()).orElseThrow().status())
                .isEqualTo(MatchStatus.PROPOSED);
        assertThat(partners.find(partner.id()).orElseThrow().activeEngagements()).isEqualTo(1);
    }
}
