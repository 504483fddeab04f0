package com.fasttrack.portal.activity.jdbc;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcActivitiesTest {

    @Autowired
    Activities activities;
    @Autowired
    Engagements engagements;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcTemplate jdbc;

    private Organisation customer;
    private UserAccount engineer;
    private Engagement engagement;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @BeforeEach
    void data() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        customer = organisations.save(Organisation.create("Act " + tag, OrganisationKind.CUSTOMER, Region.CANADA));
        engineer = users.save(new UserAccount(UserId.random(), 0, new EmailAddress("act-" + tag + "@t.example"),
                "Engineer " + tag, "{noop}x", Role.ENGINEER, true, null, false));
        engagement = engagements.save(Engagement.create(customer, "Activity " + tag, "", PartnershipOption.FASTTRACK,
                List.of(), LocalDate.now(), now));
        activities.append(ActivityEntry.of(engagement.id(), now.minusSeconds(60), engineer.id(), engineer.displayName(),
                ActivityKind.CHECK_IN_RECORDED, "Check-in recorded", null, "Landing zone ready", Visibility.SHARED));
        activities.append(ActivityEntry.of(engagement.id(), now, engineer.id(), engineer.displayName(),
                ActivityKind.BLOCKER_RAISED, "Internal blocker raised", null, "PLANTED-INTERNAL", Visibility.INTERNAL));
    }

    @Test
    void scheduledWorkIsRecordedWithoutAPersonAndIsNoOneToFilterBy() {
        activities.append(ActivityEntry.of(engagement.id(), now.plusSeconds(1), null, ActivityEntry.PORTAL,
                ActivityKind.PARTNER_EXPIRED, "Proposal expired", "Proposed", "Expired", Visibility.SHARED));
        EngagementScope all = new EngagementScope.All();
        assertThat(activities.of(engagement.id(), all, ActivityKind.PARTNER_EXPIRED, null, PageRequest.of(0, 10)))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isNull();
                    assertThat(entry.actorName()).isEqualTo(ActivityEntry.PORTAL);
                });
        assertThat(activities.actors(engagement.id(), all)).extracting(Activities.Actor::id)
                .containsExactly(engineer.id());
    }

    @Test
    void updatesAndDeletesAreRefusedByTheDatabase() {
        assertThatThrownBy(() -> jdbc.update("update activity set summary = 'rewritten' where engagement_id = ?",
                engagement.id().value())).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("activity is append-only");
        assertThatThrownBy(() -> jdbc.update("delete from activity where engagement_id = ?",
                engagement.id().value())).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("activity is append-only");
        assertThat(activities.count(engagement.id(), new EngagementScope.All(), null, null)).isEqualTo(2);
    }

    @Test
    void customersReadSharedEntriesOnlyNewestFirst() {
        assertThat(activities.of(engagement.id(), new EngagementScope.All(), null, null, PageRequest.of(0, 10)))
                .extracting(ActivityEntry::kind)
                .containsExactly(ActivityKind.BLOCKER_RAISED, ActivityKind.CHECK_IN_RECORDED);
        List<ActivityEntry> shared = activities.of(engagement.id(), new EngagementScope.OfCustomer(customer.id()),
                null, null, PageRequest.of(0, 10));
        assertThat(shared).extracting(ActivityEntry::kind).containsExactly(ActivityKind.CHECK_IN_RECORDED);
        assertThat(activities.count(engagement.id(), new EngagementScope.OfCustomer(customer.id()), null, null))
                .isEqualTo(1);
        assertThat(activities.count(engagement.id(), new EngagementScope.OfCustomer(
                com.fasttrack.portal.organisation.OrganisationId.random()), null, null)).isZero();
    }

    @Test
    void filtersByKindAndPersonInTheDatabase() {
        assertThat(activities.count(engagement.id(), new EngagementScope.All(), ActivityKind.BLOCKER_RAISED, null))
                .isEqualTo(1);
        assertThat(activities.count(engagement.id(), new EngagementScope.All(), null, engineer.id())).isEqualTo(2);
        assertThat(activities.count(engagement.id(), new EngagementScope.All(), null, UserId.random())).isZero();
    }

    @Test
    void theLatestEntryOfTheGivenKindsIsFoundWithinTheScope() {
        activities.append(ActivityEntry.of(engagement.id(), now.minusSeconds(30), engineer.id(),
                engineer.displayName(), ActivityKind.FIELDS_CHANGED, "Details changed", "a", "b", Visibility.SHARED));

        assertThat(activities.latest(engagement.id(), new EngagementScope.All(), ActivityKind.recordChanges()))
                .hasValueSatisfying(entry -> {
                    assertThat(entry.kind()).isEqualTo(ActivityKind.FIELDS_CHANGED);
                    assertThat(entry.actorName()).isEqualTo(engineer.displayName());
                    assertThat(entry.at()).isEqualTo(now.minusSeconds(30));
                });
        assertThat(activities.latest(engagement.id(), new EngagementScope.All(),
                java.util.Set.of(ActivityKind.CHECK_IN_RECORDED, ActivityKind.BLOCKER_RAISED)))
                .map(ActivityEntry::kind).hasValue(ActivityKind.BLOCKER_RAISED);
        assertThat(activities.latest(engagement.id(), new EngagementScope.OfCustomer(customer.id()),
                java.util.Set.of(ActivityKind.BLOCKER_RAISED))).isEmpty();
        assertThat(activities.latest(engagement.id(), new EngagementScope.All(), java.util.Set.of())).isEmpty();
    }
}
