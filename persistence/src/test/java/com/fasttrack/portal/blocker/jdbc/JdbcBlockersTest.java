package com.fasttrack.portal.blocker.jdbc;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static com.fasttrack.portal.testing.PersistenceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcBlockersTest {

    private static final PageRequest ALL_ROWS = PageRequest.of(0, 50);

    @Autowired
    Blockers blockers;
    @Autowired
    PersistenceFixtures fixtures;

    private final String tag = PersistenceFixtures.tag();
    private Organisation customer;
    private Organisation otherCustomer;
    private UserAccount engineer;
    private UserAccount customerUser;
    private Engagement engagement;
    private EngagementScope customerScope;
    private EngagementScope engineerScope;

    // open first, then by severity, then oldest first
    private Blocker critical;
    private Blocker high;
    private Blocker internalHigh;
    private Blocker low;
    private Blocker closedCritical;
    private Blocker resolvedMedium;

    @BeforeEach
    void data() {
        customer = fixtures.customer("Alpha " + tag, Region.UNITED_KINGDOM);
        otherCustomer = fixtures.customer("Beta " + tag, Region.UNITED_KINGDOM);
        engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        customerUser = fixtures.user("Customer " + tag, Role.CUSTOMER, customer);
        engagement = fixtures.engagement(customer, "A1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer),
                "SAP");
        fixtures.engagement(otherCustomer, "B1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer), "SAP");
        customerScope = new EngagementScope.OfCustomer(customer.id());
        engineerScope = new EngagementScope.AssignedTo(engineer.id());

        low = raise("Low", Severity.LOW, "Alice Contoso", 10, null, Visibility.SHARED);
        critical = raise("Critical", Severity.CRITICAL, "Bob Fabrikam", 1, null, Visibility.SHARED);
        high = blockers.save(raise("High", Severity.HIGH, "alice contoso", 5, null, Visibility.SHARED)
                .changeStatus(BlockerStatus.IN_PROGRESS, null, NOW));
        internalHigh = raise("Internal high", Severity.HIGH, "Carol Provider", 2, TODAY.minusDays(1),
                Visibility.INTERNAL);
        resolvedMedium = blockers.save(raise("Resolved medium", Severity.MEDIUM, "Alice Contoso", 20, null,
                Visibility.SHARED).changeStatus(BlockerStatus.RESOLVED, "Firewall opened", NOW));
        closedCritical = blockers.save(raise("Closed critical", Severity.CRITICAL, "Bob Fabrikam", 30, null,
                Visibility.SHARED).changeStatus(BlockerStatus.WONT_FIX, "Out of scope", NOW));
    }

    private Blocker raise(String title, Severity severity, String owner, int daysAgo, @Nullable LocalDate due,
                          Visibility visibility) {
        return blockers.save(Blocker.raise(engagement.id(), title + " " + tag, "Details of " + title, severity, owner,
                null, due, visibility, customerUser.id(), NOW.minus(Duration.ofDays(daysAgo)),
                TODAY.minusDays(daysAgo)));
    }

    private List<Blocker> list(EngagementScope scope, BlockerFilter filter) {
        return blockers.of(engagement.id(), scope, filter, ALL_ROWS);
    }

    @Test
    void openFirstThenBySeverityThenOldestFirst() {
        assertThat(list(engineerScope, BlockerFilter.ALL)).extracting(Blocker::id).containsExactly(critical.id(),
                high.id(), internalHigh.id(), low.id(), closedCritical.id(), resolvedMedium.id());
        assertThat(blockers.of(engagement.id(), engineerScope, BlockerFilter.ALL, PageRequest.of(2, 2)))
                .extracting(Blocker::id).containsExactly(internalHigh.id(), low.id());
    }

    @Test
    void everyFieldRoundTripsAndAChangeIncrementsTheVersion() {
        Blocker raised = blockers.save(Blocker.raise(engagement.id(), "Quota " + tag, "vCPU quota too low",
                Severity.HIGH, "Dana Ops", engineer.id(), TODAY.plusDays(3), Visibility.INTERNAL, engineer.id(),
                NOW, TODAY));
        assertThat(blockers.find(raised.id(), engineerScope)).contains(raised);

        Blocker resolved = blockers.save(raised.changeStatus(BlockerStatus.RESOLVED, "Quota raised",
                NOW.plusNanos(5_000)));

        assertThat(resolved.version()).isEqualTo(1);
        Blocker stored = blockers.find(raised.id(), engineerScope).orElseThrow();
        assertThat(stored).isEqualTo(resolved);
        assertThat(stored.closedAt()).isEqualTo(NOW.plusNanos(5_000));
        assertThat(stored.ownerUser()).isEqualTo(engineer.id());
        assertThat(stored.dueDate()).isEqualTo(TODAY.plusDays(3));
        assertThat(stored.raisedAt()).isEqualTo(NOW);
    }

    @Test
    void filtersRunInTheDatabase() {
        assertThat(list(engineerScope, new BlockerFilter(BlockerStatus.OPEN, null, null)))
                .extracting(Blocker::id).containsExactly(critical.id(), internalHigh.id(), low.id());
        assertThat(list(engineerScope, new BlockerFilter(BlockerStatus.IN_PROGRESS, null, null)))
                .extracting(Blocker::id).containsExactly(high.id());
        assertThat(list(engineerScope, new BlockerFilter(null, Severity.CRITICAL, null)))
                .extracting(Blocker::id).containsExactly(critical.id(), closedCritical.id());
        // the owner matches exactly, whatever the case, and never in part
        assertThat(list(engineerScope, new BlockerFilter(null, null, "ALICE contoso")))
                .extracting(Blocker::id).containsExactly(high.id(), low.id(), resolvedMedium.id());
        assertThat(list(engineerScope, new BlockerFilter(null, null, "Alice"))).isEmpty();
        assertThat(list(engineerScope, new BlockerFilter(BlockerStatus.OPEN, Severity.LOW, "alice contoso")))
                .extracting(Blocker::id).containsExactly(low.id());
        assertThat(blockers.count(engagement.id(), engineerScope, new BlockerFilter(null, Severity.HIGH, null)))
                .isEqualTo(2);
        assertThat(blockers.count(engagement.id(), engineerScope, new BlockerFilter(BlockerStatus.RESOLVED, null,
                "alice CONTOSO"))).isEqualTo(1);
        assertThat(list(engineerScope, new BlockerFilter(null, null, " "))).hasSize(6);
    }

    @Test
    void anInternalBlockerIsInvisibleToTheCustomerButCountsForTheEngagementsRules() {
        assertThat(list(customerScope, BlockerFilter.ALL)).extracting(Blocker::id).containsExactly(critical.id(),
                high.id(), low.id(), closedCritical.id(), resolvedMedium.id());
        assertThat(list(customerScope, new BlockerFilter(null, Severity.HIGH, null)))
                .extracting(Blocker::id).containsExactly(high.id());
        assertThat(blockers.find(internalHigh.id(), customerScope)).isEmpty();
        assertThat(blockers.count(engagement.id(), customerScope, BlockerFilter.ALL)).isEqualTo(5);
        assertThat(blockers.count(engagement.id(), customerScope, new BlockerFilter(null, null, "Carol Provider")))
                .isZero();
        assertThat(blockers.find(internalHigh.id(), new EngagementScope.EngagedPartner(customer.id()))).isEmpty();

        assertThat(blockers.find(internalHigh.id(), engineerScope)).isPresent();
        assertThat(blockers.find(internalHigh.id(), new EngagementScope.All())).isPresent();
        assertThat(blockers.count(engagement.id(), engineerScope, BlockerFilter.ALL)).isEqualTo(6);
        assertThat(blockers.openOf(engagement.id())).extracting(Blocker::id)
                .containsExactly(critical.id(), high.id(), internalHigh.id(), low.id());
        // what "blockers removed" is decided on for each audience
        assertThat(blockers.openCount(engagement.id(), customerScope)).isEqualTo(3);
        assertThat(blockers.openCount(engagement.id(), new EngagementScope.EngagedPartner(customer.id()))).isZero();
        assertThat(blockers.openCount(engagement.id(), engineerScope)).isEqualTo(4);
        assertThat(blockers.openCount(engagement.id(), new EngagementScope.All())).isEqualTo(4);
    }

    @Test
    void outsideTheScopeNothingIsFound() {
        EngagementScope foreign = new EngagementScope.OfCustomer(otherCustomer.id());
        EngagementScope unassigned = new EngagementScope.AssignedTo(
                fixtures.user("Unassigned " + tag, Role.ENGINEER, null).id());

        for (EngagementScope scope : List.of(foreign, unassigned)) {
            assertThat(blockers.find(critical.id(), scope)).isEmpty();
            assertThat(list(scope, BlockerFilter.ALL)).isEmpty();
            assertThat(blockers.count(engagement.id(), scope, BlockerFilter.ALL)).isZero();
        }
        assertThat(blockers.find(critical.id(), customerScope)).contains(critical);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Blocker first = blockers.find(low.id(), customerScope).orElseThrow();
        Blocker second = blockers.find(low.id(), customerScope).orElseThrow();
        blockers.save(first.changeStatus(BlockerStatus.IN_PROGRESS, null, NOW));

        assertThatThrownBy(() -> blockers.save(second.changeStatus(BlockerStatus.RESOLVED, "Done", NOW)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Blocker stored = blockers.find(low.id(), customerScope).orElseThrow();
        assertThat(stored.status()).isEqualTo(BlockerStatus.IN_PROGRESS);
        assertThat(stored.version()).isEqualTo(1);
    }
}
