package com.fasttrack.portal.backlog.jdbc;

import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.BacklogBoard;
import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.ReleaseProgress;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.List;
import java.util.Set;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcBacklogItemsTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");
    private static final WorkloadCode LINUX = new WorkloadCode("LINUX");
    private static final PageRequest PAGE = PageRequest.of(0, 50);

    @Autowired
    BacklogItems items;
    @Autowired
    PersistenceFixtures fixtures;

    private final String tag = PersistenceFixtures.tag();
    private Engagement engagement;
    private EngagementScope customerScope;
    private EngagementScope otherCustomerScope;
    private Organisation partner;
    private UserAccount engineer;

    @BeforeEach
    void data() {
        Organisation customer = fixtures.customer("Customer " + tag, Region.UNITED_KINGDOM);
        Organisation otherCustomer = fixtures.customer("Other " + tag, Region.UNITED_KINGDOM);
        partner = fixtures.partner("Partner " + tag, Region.UNITED_KINGDOM);
        engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        engagement = fixtures.engagement(customer, "E " + tag, PartnershipOption.SOLUTIONS_PARTNER, Set.of(engineer),
                "SAP", "LINUX");
        customerScope = new EngagementScope.OfCustomer(customer.id());
        otherCustomerScope = new EngagementScope.OfCustomer(otherCustomer.id());
    }

    private BacklogItem item(String title, String release, int iteration, Assignee assignee, int estimate) {
        return items.save(BacklogItem.create(engagement.id(), Set.of(SAP, LINUX), title, SAP, assignee, release,
                iteration, estimate, NOW));
    }

    @Test
    void itemsRoundTripWithEveryKindOfAssigneeInReleaseAndIterationOrder() {
        BacklogItem partnerItem = item("Migrate", "Release 1", 2, Assignee.partner(partner.id(), "Partner"), 8);
        BacklogItem engineerItem = item("Review", "Release 1", 1,
                Assignee.engineer(engineer.id(), "Priya"), 3);
        BacklogItem customerItem = item("Sign off", "Release 2", 1, Assignee.customerPerson("Tom Baker"), 1);

        assertThat(items.of(engagement.id(), customerScope, BacklogFilter.none(), PAGE))
                .containsExactly(engineerItem, partnerItem, customerItem);
        assertThat(items.find(partnerItem.id(), customerScope)).contains(partnerItem);
        assertThat(items.find(partnerItem.id(), otherCustomerScope)).isEmpty();
        assertThat(items.of(engagement.id(), otherCustomerScope, BacklogFilter.none(), PAGE)).isEmpty();
    }

    @Test
    void filtersByAssigneeAndStatus() {
        BacklogItem done = items.save(item("A", "R1", 1, Assignee.customerPerson("Tom Baker"), 2)
                .changeStatus(BacklogStatus.DONE));
        item("B", "R1", 1, Assignee.customerPerson("Ann"), 2);

        assertThat(items.of(engagement.id(), customerScope, new BacklogFilter("tom baker", null), PAGE))
                .containsExactly(done);
        assertThat(items.count(engagement.id(), customerScope, new BacklogFilter(null, BacklogStatus.DONE)))
                .isEqualTo(1);
        assertThat(items.count(engagement.id(), customerScope, new BacklogFilter("Ann", BacklogStatus.DONE)))
                .isZero();
    }

    @Test
    void progressIsPerRelease() {
        items.save(item("A", "Release 1", 1, Assignee.customerPerson("Tom"), 5).changeStatus(BacklogStatus.DONE));
        item("B", "Release 1", 2, Assignee.customerPerson("Tom"), 3);
        item("C", "Release 2", 1, Assignee.customerPerson("Tom"), 0);

        assertThat(items.progress(engagement.id(), customerScope)).containsExactly(
                new ReleaseProgress("Release 1", 2, 1, 8, 5), new ReleaseProgress("Release 2", 1, 0, 0, 0));
        assertThat(items.progress(engagement.id(), otherCustomerScope)).isEmpty();
    }

    @Test
    void theBoardIsTheProgressOfAllReleasesWithAPageOfTheFilteredItemsEvenWhenThePageIsEmpty() {
        items.save(item("A", "Release 1", 1, Assignee.customerPerson("Tom"), 5).changeStatus(BacklogStatus.DONE));
        item("B", "Release 1", 2, Assignee.customerPerson("Tom"), 3);
        item("C", "Release 2", 1, Assignee.customerPerson("Ann"), 0);
        List<ReleaseProgress> progress = List.of(new ReleaseProgress("Release 1", 2, 1, 8, 5),
                new ReleaseProgress("Release 2", 1, 0, 0, 0));

        BacklogBoard first = items.board(engagement.id(), customerScope, new BacklogFilter("tom", null),
                PageRequest.of(0, 1));
        assertThat(first.progress()).isEqualTo(progress);
        assertThat(first.items().rows()).extracting(BacklogItem::title).containsExactly("A");
        assertThat(first.items().total()).isEqualTo(2);

        BacklogBoard none = items.board(engagement.id(), customerScope, new BacklogFilter(null, BacklogStatus.IN_PROGRESS),
                PAGE);
        assertThat(none.progress()).isEqualTo(progress);
        assertThat(none.items().rows()).isEmpty();
        assertThat(none.items().total()).isZero();

        BacklogBoard foreign = items.board(engagement.id(), otherCustomerScope, BacklogFilter.none(), PAGE);
        assertThat(foreign.progress()).isEmpty();
        assertThat(foreign.items().rows()).isEmpty();
    }

    @Test
    void aStaleItemIsRefused() {
        BacklogItem stored = item("A", "R1", 1, Assignee.customerPerson("Tom"), 5);
        BacklogItem moved = items.save(stored.changeStatus(BacklogStatus.IN_PROGRESS));

        assertThat(moved.version()).isEqualTo(1);
        assertThatThrownBy(() -> items.save(stored.changeStatus(BacklogStatus.DONE)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }
}
