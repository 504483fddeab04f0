package com.fasttrack.portal.report;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInRow;
import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.StakeholderId;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthPoint;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.report.EngagementReport.BlockerLine;
import com.fasttrack.portal.report.EngagementReport.CheckInLine;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementReportBuilderTest {

    private static final Instant NOW = ReportFixtures.NOW;
    private static final UserId ENGINEER = UserId.random();

    private final Organisation customer = Organisation.create("Contoso Retail", OrganisationKind.CUSTOMER,
            Region.UNITED_KINGDOM);
    private final Engagement engagement = Engagement.restore(new EngagementState(EngagementId.random(), 3,
            customer.id(), "Contoso cloud move", "Leave the data centre", PartnershipOption.FASTTRACK,
            Set.of(new WorkloadCode("SAP")), Set.of(ENGINEER),
            List.of(new Stakeholder(StakeholderId.random(), ReportFixtures.ACCENTED, null,
                    StakeholderRole.EXECUTIVE_SPONSOR, null)),
            EngagementStatus.ACTIVE, Phase.SOLUTION_ENABLEMENT, Map.of(Phase.SOLUTION_ENABLEMENT,
            ReportFixtures.TODAY.plusDays(10)), null, null, "Assessed", Set.of(ChecklistItem.POC_DONE), List.of(),
            NOW.minus(Duration.ofDays(45)), null));
    private final Map<Phase, List<ChecklistEntry>> checklists = Map.of(
            Phase.DISCOVERY, List.of(new ChecklistEntry(ChecklistItem.GOAL_DOCUMENTED, true)),
            Phase.SOLUTION_ENABLEMENT, List.of(new ChecklistEntry(ChecklistItem.POC_DONE, true),
                    new ChecklistEntry(ChecklistItem.ARCHITECTURE_REVIEWED, false)));
    private static final Health HEALTH = new Health(HealthColour.RED, HealthColour.RED, 20,
            List.of("critical blocker open"), null);
    private final EngagementDetails details = new EngagementDetails(engagement, customer,
            List.of(new EngagementDetails.Workload(new WorkloadCode("HPC"), "High-performance computing", true)),
            List.of(new EngagementDetails.Person(ENGINEER, "Priya Raman")), checklists, checklists,
            List.of(new EngagementDetails.Transition("Discovery", "Solution enablement", "Lars Øberg",
                    NOW.minus(Duration.ofDays(20)), null, false)),
            HEALTH, Set.of(), LocalDate.of(2026, 1, 1), null);
    private final Health health = HEALTH;
    private final List<HealthPoint> history = List.of(
            new HealthPoint(NOW.minus(Duration.ofDays(2)), HealthColour.RED, 20, "critical blocker open", false),
            new HealthPoint(NOW.minus(Duration.ofDays(30)), HealthColour.GREEN, 100, "", false));
    private final List<CheckInRow> checkIns = List.of(
            row(ReportFixtures.TODAY.minusDays(3), ReportFixtures.INTERNAL_NOTE),
            row(ReportFixtures.TODAY.minusDays(10), ""));
    private final List<Blocker> blockers = List.of(
            blocker("Closed one", Severity.LOW, Visibility.SHARED, 20)
                    .changeStatus(BlockerStatus.RESOLVED, "Done", NOW.minus(Duration.ofDays(1))),
            blocker("Quota request stuck", Severity.CRITICAL, Visibility.SHARED, 5),
            blocker(ReportFixtures.INTERNAL_BLOCKER, Severity.HIGH, Visibility.INTERNAL, 2));

    @Test
    void sharedAudienceDropsInternalNotesAndInternalBlockers() {
        EngagementReport report = build(Audience.SHARED);

        assertThat(report.checkIns()).extracting(CheckInLine::internalNote).containsOnlyNulls();
        assertThat(report.blockers()).extracting(BlockerLine::title)
                .containsExactly("Quota request stuck", "Closed one");
    }

    @Test
    void internalAudienceKeepsThemOpenBlockersFirst() {
        EngagementReport report = build(Audience.INTERNAL);

        assertThat(report.checkIns()).extracting(CheckInLine::internalNote)
                .containsExactly(null, ReportFixtures.INTERNAL_NOTE);
        assertThat(report.blockers()).extracting(BlockerLine::title)
                .containsExactly("Quota request stuck", ReportFixtures.INTERNAL_BLOCKER, "Closed one");
    }

    @Test
    void carriesTheRecordAgeEscalationAndTrendInOrder() {
        EngagementReport report = build(Audience.SHARED);

        assertThat(report.customer()).isEqualTo("Contoso Retail");
        assertThat(report.option()).isEqualTo("FastTrack for Azure");
        assertThat(report.phase()).isEqualTo("Solution enablement");
        assertThat(report.generatedBy()).isEqualTo(ReportFixtures.ACCENTED);
        assertThat(report.period().from()).isEqualTo(ReportFixtures.TODAY.minusDays(45));
        assertThat(report.period().to()).isEqualTo(ReportFixtures.TODAY);
        assertThat(report.health().reasons()).containsExactly("critical blocker open");
        assertThat(report.checkIns()).extracting(CheckInLine::date)
                .containsExactly(ReportFixtures.TODAY.minusDays(10), ReportFixtures.TODAY.minusDays(3));
        BlockerLine critical = report.blockers().getFirst();
        assertThat(critical.ageInDays()).isEqualTo(5);
        assertThat(critical.escalated()).isTrue();
        assertThat(report.blockers().getLast().escalated()).isFalse();
        assertThat(report.workloads()).singleElement().satisfies(w -> assertThat(w.preview()).isTrue());
        assertThat(report.stakeholders()).singleElement()
                .satisfies(s -> assertThat(s.role()).isEqualTo("Executive sponsor"));
        assertThat(report.phases()).hasSize(3);
        assertThat(report.phases().get(1).current()).isTrue();
        assertThat(report.phases().get(1).done()).isEqualTo(1);
        assertThat(report.phases().get(1).plannedEnd()).isEqualTo(ReportFixtures.TODAY.plusDays(10));
        assertThat(report.transitions()).singleElement().satisfies(t -> assertThat(t.by()).isEqualTo("Lars Øberg"));
        assertThat(report.trend()).extracting(EngagementReport.TrendPoint::score).containsExactly(100, 20);
        assertThat(report.partnerMatches()).isEmpty();
        assertThat(report.backlog()).isEmpty();
    }

    @Test
    void theModelItselfRefusesInternalContentForASharedReport() {
        EngagementReport internal = ReportFixtures.report(Audience.INTERNAL);
        EngagementReport shared = new EngagementReport(Audience.SHARED, internal.generatedAt(),
                internal.generatedBy(), internal.period(), internal.title(), internal.customer(), internal.option(),
                internal.phase(), internal.status(), internal.health(), internal.phases(), internal.transitions(),
                internal.workloads(), internal.stakeholders(), internal.checkIns(), internal.blockers(),
                List.of(), List.of(), internal.trend());

        assertThat(internal.checkIns()).extracting(CheckInLine::internalNote).doesNotContainNull();
        assertThat(shared.checkIns()).extracting(CheckInLine::internalNote).containsOnlyNulls();
        assertThat(shared.blockers()).noneMatch(b -> b.visibility() == Visibility.INTERNAL);
        assertThat(shared.blockers()).hasSize(internal.blockers().size() - 1);
    }

    @Test
    void theSharedReportTicksBlockersRemovedAsCustomersSeeItWhoeverExportsIt() {
        // as staff see it, the internal blocker is open; as customers see it, none is
        Map<Phase, List<ChecklistEntry>> staff = Map.of(Phase.CONTINUOUS_PARTNERSHIP,
                List.of(new ChecklistEntry(ChecklistItem.BLOCKERS_REMOVED, false)));
        Map<Phase, List<ChecklistEntry>> shared = Map.of(Phase.CONTINUOUS_PARTNERSHIP,
                List.of(new ChecklistEntry(ChecklistItem.BLOCKERS_REMOVED, true)));
        EngagementDetails exported = new EngagementDetails(engagement, customer, details.workloads(),
                details.engineers(), staff, shared, details.transitions(), health, Set.of(),
                details.nextCheckInDue(), null);

        assertThat(EngagementReportBuilder.forAudience(Audience.SHARED, ReportFixtures.ACCENTED, NOW, ZoneOffset.UTC)
                .build(exported, health, history, checkIns, blockers).phases().get(2).done()).isEqualTo(1);
        assertThat(EngagementReportBuilder.forAudience(Audience.INTERNAL, ReportFixtures.ACCENTED, NOW,
                ZoneOffset.UTC).build(exported, health, history, checkIns, blockers).phases().get(2).done()).isZero();
    }

    private EngagementReport build(Audience audience) {
        return EngagementReportBuilder.forAudience(audience, ReportFixtures.ACCENTED, NOW, ZoneOffset.UTC)
                .build(details, health, history, checkIns, blockers);
    }

    private CheckInRow row(LocalDate date, String internalNote) {
        CheckIn checkIn = new CheckIn(com.fasttrack.portal.checkin.CheckInId.random(), 0, engagement.id(), date,
                CheckInKind.STATUS, List.of(ReportFixtures.ACCENTED), "Status on " + date, internalNote,
                OnTrack.AT_RISK, "", "", date.plusDays(7), ENGINEER, NOW, null, null);
        return new CheckInRow(checkIn, "Priya Raman", null);
    }

    private Blocker blocker(String title, Severity severity, Visibility visibility, int daysAgo) {
        return Objects.requireNonNull(Blocker.raise(engagement.id(), title, "", severity, "Priya Raman", null, null,
                visibility, ENGINEER, NOW.minus(Duration.ofDays(daysAgo)).minusSeconds(60),
                ReportFixtures.TODAY.minusDays(daysAgo)));
    }
}
