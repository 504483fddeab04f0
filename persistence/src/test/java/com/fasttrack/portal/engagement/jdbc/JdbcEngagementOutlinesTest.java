package com.fasttrack.portal.engagement.jdbc;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementOutline;
import com.fasttrack.portal.engagement.EngagementOutlines;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static com.fasttrack.portal.testing.PersistenceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The engagement page's one statement: the record as the aggregate reads it, and what the page shows around it. */
@PersistenceTest
class JdbcEngagementOutlinesTest {

    @Autowired
    EngagementOutlines outlines;
    @Autowired
    Engagements engagements;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Blockers blockers;
    @Autowired
    PersistenceFixtures fixtures;

    private final String tag = PersistenceFixtures.tag();

    @Test
    void theRecordAndItsSurroundingsComeInTheScopeWithInternalBlockersCountedForStaffOnly() {
        Organisation customer = fixtures.customer("Customer " + tag, Region.UNITED_KINGDOM);
        UserAccount engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        Engagement engagement = fixtures.engagement(customer, "Outline " + tag, PartnershipOption.FASTTRACK,
                Set.of(engineer), "SAP", "HPC");
        Engagement stored = engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
        stored.addStakeholder("Ann Sponsor", "ann@example.com", StakeholderRole.EXECUTIVE_SPONSOR, null);
        stored.addStakeholder("Tom Lead", null, StakeholderRole.TECHNICAL_LEAD, null);
        engagement = engagements.save(stored);
        checkIns.save(CheckIn.record(engagement.id(), TODAY.minusDays(3), CheckInKind.STATUS, List.of(), "Older", "",
                OnTrack.ON_TRACK, "", "", TODAY.plusDays(1), engagement.cadence(), engineer.id(), NOW));
        checkIns.save(CheckIn.record(engagement.id(), TODAY, CheckInKind.STATUS, List.of(), "Latest", "",
                OnTrack.ON_TRACK, "", "", TODAY.plusDays(9), engagement.cadence(), engineer.id(), NOW));
        blockers.save(Blocker.raise(engagement.id(), "Shared", "", Severity.HIGH, "Tom", null, null,
                Visibility.SHARED, engineer.id(), NOW, TODAY));
        blockers.save(Blocker.raise(engagement.id(), "Internal", "", Severity.HIGH, "Tom", null, null,
                Visibility.INTERNAL, engineer.id(), NOW, TODAY));

        EngagementOutline staff = outlines.find(engagement.id(), new EngagementScope.AssignedTo(engineer.id()))
                .orElseThrow();
        EngagementOutline own = outlines.find(engagement.id(), new EngagementScope.OfCustomer(customer.id()))
                .orElseThrow();

        assertThat(staff.engagement().state()).isEqualTo(engagement.state());
        assertThat(staff.engagement().stakeholders()).extracting(s -> s.name()).containsExactly("Ann Sponsor",
                "Tom Lead");
        assertThat(staff.customer()).isEqualTo(customer);
        assertThat(staff.workloads()).extracting(EngagementOutline.Workload::name)
                .containsExactly("SAP on Azure", "High-performance computing");
        assertThat(staff.workloads()).extracting(w -> w.availability().on(TODAY))
                .containsExactly(Availability.AVAILABLE, Availability.PREVIEW);
        assertThat(staff.names()).containsEntry(engineer.id(), engineer.displayName());
        assertThat(staff.openBlockers()).isEqualTo(2);
        assertThat(staff.sharedOpenBlockers()).isEqualTo(1);
        // the customer never gets an internal blocker, not even as a number
        assertThat(own.openBlockers()).isEqualTo(1);
        assertThat(own.sharedOpenBlockers()).isEqualTo(1);
        assertThat(staff.nextCheckInDue(ZoneOffset.UTC)).isEqualTo(TODAY.plusDays(9));
        assertThat(staff.health().colour()).isEqualTo(HealthColour.GREEN);
        assertThat(staff.engagedPartner()).isNull();
    }

    @Test
    void anEngagementOutsideTheScopeIsNotFoundAndOneWithoutCheckInsIsDueAfterItsCadence() {
        Organisation customer = fixtures.customer("Customer " + tag, Region.CANADA);
        Organisation other = fixtures.customer("Other " + tag, Region.CANADA);
        UserAccount engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        UserAccount stranger = fixtures.user("Stranger " + tag, Role.ENGINEER, null);
        Engagement engagement = fixtures.engagement(customer, "Quiet " + tag, PartnershipOption.FASTTRACK,
                Set.of(engineer), "SAP");

        assertThat(outlines.find(engagement.id(), new EngagementScope.OfCustomer(other.id()))).isEmpty();
        assertThat(outlines.find(engagement.id(), new EngagementScope.AssignedTo(stranger.id()))).isEmpty();
        EngagementOutline outline = outlines.find(engagement.id(), new EngagementScope.All()).orElseThrow();
        assertThat(outline.latestNextCheckIn()).isNull();
        assertThat(outline.nextCheckInDue(ZoneOffset.UTC))
                .isEqualTo(LocalDate.ofInstant(NOW, ZoneOffset.UTC).plus(engagement.cadence().period()));
    }
}
