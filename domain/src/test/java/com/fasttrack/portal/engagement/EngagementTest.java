package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngagementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final UserId ENGINEER = UserId.random();
    private static final UserId MANAGER = UserId.random();

    private static WorkloadArea area(String code) {
        return StandardCatalogue.areas().stream().filter(a -> a.code().value().equals(code)).findFirst()
                .orElseThrow();
    }

    private static Organisation customerIn(Region region) {
        return Organisation.create("Contoso", OrganisationKind.CUSTOMER, region);
    }

    private static Engagement engagement(Region region, String... workloads) {
        List<WorkloadArea> areas = java.util.Arrays.stream(workloads).map(EngagementTest::area).toList();
        return Engagement.create(customerIn(region), "Move the shop to Azure", "", PartnershipOption.FASTTRACK,
                areas, TODAY, NOW);
    }

    private static void completeDiscovery(Engagement engagement) {
        engagement.addStakeholder("Ada Sponsor", "ada@contoso.example", StakeholderRole.EXECUTIVE_SPONSOR, null);
        engagement.addStakeholder("Tim Lead", null, StakeholderRole.TECHNICAL_LEAD, null);
        engagement.describeGoal("Close the data centre by June");
        engagement.writeAssessment("Lift and shift 40 VMs; SAP needs HANA large instances");
    }

    @Test
    void aNewEngagementStartsActiveInDiscovery() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP", "HPC");
        assertThat(engagement.phase()).isEqualTo(Phase.DISCOVERY);
        assertThat(engagement.status()).isEqualTo(EngagementStatus.ACTIVE);
        assertThat(engagement.workloads()).extracting(WorkloadCode::value).containsExactlyInAnyOrder("SAP", "HPC");
    }

    @Test
    void aWorkloadUnavailableInTheCustomersRegionIsRefusedNamingBoth() {
        assertThatThrownBy(() -> engagement(Region.JAPAN, "SAP", "HPC"))
                .isInstanceOf(DomainException.class)
                .hasMessage("High-performance computing is not available in Japan");
        assertThatThrownBy(() -> engagement(Region.INDIA, "INTELLIGENT_AGENTS"))
                .hasMessage("Intelligent agents is not available in India");
    }

    @Test
    void aPreviewWorkloadIsAllowedInAnEligibleRegion() {
        Engagement engagement = engagement(Region.WESTERN_EUROPE, "CLOUD_SCALE_ANALYTICS");
        assertThat(engagement.workloads()).containsExactly(new WorkloadCode("CLOUD_SCALE_ANALYTICS"));
        assertThat(area("CLOUD_SCALE_ANALYTICS").isPreviewIn(Region.WESTERN_EUROPE, TODAY)).isTrue();
    }

    @Test
    void aWorkloadBeforeItsAvailableFromDateIsRefused() {
        Engagement engagement = engagement(Region.CANADA, "SAP");
        assertThatThrownBy(() -> engagement.changeWorkloads(List.of(area("IOT")), Region.CANADA,
                LocalDate.of(2019, 1, 15)))
                .hasMessage("IoT is not available in Canada before 2019-07-01");
        engagement.changeWorkloads(List.of(area("IOT")), Region.CANADA, TODAY);
        assertThat(engagement.workloads()).containsExactly(new WorkloadCode("IOT"));
    }

    @Test
    void aPartnerOrganisationCannotBeTheCustomer() {
        Organisation partner = Organisation.create("Northwind", OrganisationKind.PARTNER, Region.CANADA);
        assertThatThrownBy(() -> Engagement.create(partner, "x", "", PartnershipOption.FASTTRACK, List.of(), TODAY,
                NOW)).hasMessageContaining("is a partner");
    }

    @Test
    void titleIsRequired() {
        Engagement engagement = engagement(Region.CANADA);
        assertThatThrownBy(() -> engagement.rename("  ")).hasMessage("Title is required");
    }

    @Test
    void discoveryChecklistFollowsTheRecord() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        assertThat(engagement.checklist(Phase.DISCOVERY, 0)).noneMatch(ChecklistEntry::done);

        engagement.addStakeholder("Ada", null, StakeholderRole.EXECUTIVE_SPONSOR, null);
        assertThat(done(engagement, ChecklistItem.STAKEHOLDERS_IDENTIFIED)).isFalse();
        engagement.addStakeholder("Tim", null, StakeholderRole.TECHNICAL_LEAD, null);
        assertThat(done(engagement, ChecklistItem.STAKEHOLDERS_IDENTIFIED)).isTrue();

        engagement.describeGoal("Exit the data centre");
        assertThat(done(engagement, ChecklistItem.GOAL_DOCUMENTED)).isTrue();
        engagement.writeAssessment("Assessment done");
        assertThat(done(engagement, ChecklistItem.ARCHITECTURE_ASSESSED)).isTrue();
    }

    private static boolean done(Engagement engagement, ChecklistItem item) {
        return engagement.checklist(item.phase(), 0).stream().filter(e -> e.item() == item).findFirst()
                .orElseThrow().done();
    }

    @Test
    void advancingWithAnIncompleteChecklistIsRefusedAndNamesWhatIsMissing() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        assertThatThrownBy(() -> engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("The Discovery checklist is incomplete")
                .hasMessageContaining("Goal / vision documented");
        assertThat(engagement.phase()).isEqualTo(Phase.DISCOVERY);
        assertThat(engagement.transitions()).isEmpty();
    }

    @Test
    void anEngineerCannotOverrideTheGateEvenWithAReason() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        assertThatThrownBy(() -> engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, "customer in a hurry", 0))
                .hasMessage("Only a program manager may override an incomplete Discovery checklist");
        assertThat(engagement.phase()).isEqualTo(Phase.DISCOVERY);
    }

    @Test
    void aProgramManagerOverridesWithAReasonAndTheOverrideIsRecorded() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        assertThatThrownBy(() -> engagement.advancePhase(MANAGER, Role.PROGRAM_MANAGER, NOW, "  ", 0))
                .hasMessageContaining("A program manager may override the gate with a reason");

        PhaseTransition transition = engagement.advancePhase(MANAGER, Role.PROGRAM_MANAGER, NOW,
                "Assessment done offline by the partner", 0);

        assertThat(engagement.phase()).isEqualTo(Phase.SOLUTION_ENABLEMENT);
        assertThat(transition).isEqualTo(new PhaseTransition(Phase.DISCOVERY, Phase.SOLUTION_ENABLEMENT, MANAGER,
                NOW, "Assessment done offline by the partner", true));
        assertThat(engagement.transitions()).containsExactly(transition);
    }

    @Test
    void aCompleteChecklistAdvancesWithoutOverride() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        completeDiscovery(engagement);
        PhaseTransition transition = engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0);
        assertThat(transition.override()).isFalse();
        assertThat(transition.reason()).isNull();
        assertThat(engagement.phase()).isEqualTo(Phase.SOLUTION_ENABLEMENT);
    }

    @Test
    void solutionEnablementNeedsItsTicksAndTheGoLiveDate() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        completeDiscovery(engagement);
        engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0);
        engagement.tick(ChecklistItem.DESIGN_PRINCIPLES_REVIEWED, true);
        engagement.tick(ChecklistItem.ARCHITECTURE_REVIEWED, true);
        engagement.tick(ChecklistItem.POC_DONE, true);
        assertThatThrownBy(() -> engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0))
                .hasMessageContaining("Proof of concept taken to production");
        engagement.recordPocGoLive(TODAY, TODAY);
        engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0);
        assertThat(engagement.phase()).isEqualTo(Phase.CONTINUOUS_PARTNERSHIP);
    }

    @Test
    void derivedItemsAndItemsOfAnotherPhaseCannotBeTicked() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        assertThatThrownBy(() -> engagement.tick(ChecklistItem.GOAL_DOCUMENTED, true))
                .hasMessageContaining("cannot be ticked by hand");
        assertThatThrownBy(() -> engagement.tick(ChecklistItem.POC_DONE, true))
                .hasMessageContaining("belongs to Solution enablement");
    }

    @Test
    void completionIsRefusedWhileBlockersAreOpen() {
        Engagement engagement = inContinuousPartnership();
        engagement.tick(ChecklistItem.PERIODIC_CHECKINS, true);
        assertThatThrownBy(() -> engagement.complete(ENGINEER, Role.ENGINEER, NOW, null, 2))
                .hasMessage("The engagement cannot be completed while 2 blockers are open");
        assertThatThrownBy(() -> engagement.complete(MANAGER, Role.PROGRAM_MANAGER, NOW, "override", 1))
                .hasMessage("The engagement cannot be completed while 1 blocker is open");
        assertThat(engagement.status()).isEqualTo(EngagementStatus.ACTIVE);

        PhaseTransition completion = engagement.complete(ENGINEER, Role.ENGINEER, NOW, null, 0);
        assertThat(engagement.status()).isEqualTo(EngagementStatus.COMPLETED);
        assertThat(completion.toLabel()).isEqualTo("Completed");
        assertThatThrownBy(() -> engagement.rename("Again")).hasMessageContaining("completed");
    }

    @Test
    void theLastPhaseDoesNotAdvance() {
        Engagement engagement = inContinuousPartnership();
        assertThatThrownBy(() -> engagement.advancePhase(MANAGER, Role.PROGRAM_MANAGER, NOW, "why not", 0))
                .hasMessageContaining("is the last phase");
    }

    @Test
    void anEngagementOnHoldDoesNotMoveOnUntilResumed() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        completeDiscovery(engagement);
        engagement.putOnHold();
        assertThatThrownBy(() -> engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0))
                .hasMessageContaining("on hold");
        engagement.resume();
        engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0);
        assertThat(engagement.phase()).isEqualTo(Phase.SOLUTION_ENABLEMENT);
    }

    @Test
    void stateRoundTripsThroughRestore() {
        Engagement engagement = inContinuousPartnership();
        engagement.assignEngineers(Set.of(ENGINEER));
        engagement.planPhaseEnd(Phase.CONTINUOUS_PARTNERSHIP, TODAY.plusMonths(3));
        Engagement restored = Engagement.restore(engagement.state());
        assertThat(restored.state()).isEqualTo(engagement.state());
        assertThat(restored.isAssigned(ENGINEER)).isTrue();
    }

    @Test
    void stakeholdersCanBeRemovedOnlyIfPresent() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        Stakeholder ada = engagement.addStakeholder("Ada", null, StakeholderRole.OTHER, null);
        engagement.removeStakeholder(ada.id());
        assertThat(engagement.stakeholders()).isEmpty();
        assertThatThrownBy(() -> engagement.removeStakeholder(ada.id())).isInstanceOf(DomainException.class);
    }

    private static Engagement inContinuousPartnership() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        completeDiscovery(engagement);
        engagement.advancePhase(ENGINEER, Role.ENGINEER, NOW, null, 0);
        engagement.advancePhase(MANAGER, Role.PROGRAM_MANAGER, NOW, "PoC skipped: lift and shift", 0);
        return engagement;
    }

    @Test
    void plannedPhaseEndsFollowThePhaseOrderNamingTheFieldOutOfOrder() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        assertThatThrownBy(() -> engagement.planPhaseEnds(Map.of(Phase.DISCOVERY, TODAY.plusDays(60),
                Phase.SOLUTION_ENABLEMENT, TODAY.plusDays(30))))
                .isInstanceOf(DomainException.class)
                .hasMessage("Planned ends follow the phases: the end of Solution enablement (2026-12-29) cannot be "
                        + "before the end of Discovery (2027-01-28)")
                .extracting(e -> ((DomainException) e).field().orElseThrow())
                .isEqualTo("Planned end of Solution enablement");
        assertThat(engagement.plannedEnds()).isEmpty();
    }

    @Test
    void plannedPhaseEndsMayAllMoveLaterAtOnceAndSkipAPhase() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        engagement.planPhaseEnds(Map.of(Phase.DISCOVERY, TODAY.plusDays(10), Phase.SOLUTION_ENABLEMENT,
                TODAY.plusDays(20)));
        engagement.planPhaseEnds(Map.of(Phase.DISCOVERY, TODAY.plusDays(30), Phase.SOLUTION_ENABLEMENT,
                TODAY.plusDays(40)));
        engagement.planPhaseEnds(Map.of(Phase.DISCOVERY, TODAY.plusDays(30), Phase.CONTINUOUS_PARTNERSHIP,
                TODAY.plusDays(30)));
        assertThat(engagement.plannedEnds()).containsOnlyKeys(Phase.DISCOVERY, Phase.CONTINUOUS_PARTNERSHIP);
        assertThatThrownBy(() -> engagement.planPhaseEnd(Phase.CONTINUOUS_PARTNERSHIP, TODAY.plusDays(29)))
                .hasMessageContaining("cannot be before the end of Discovery");
    }

    @Test
    void theTargetGoLiveCannotBeBeforeTheEngagementStarted() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        engagement.setTargetGoLive(TODAY, ZoneOffset.UTC);
        assertThatThrownBy(() -> engagement.setTargetGoLive(LocalDate.of(2019, 6, 1), ZoneOffset.UTC))
                .isInstanceOf(DomainException.class)
                .hasMessage("The target go-live cannot be before the engagement started (2026-11-29)")
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo("Target go-live");
        assertThat(engagement.targetGoLive()).isEqualTo(TODAY);
    }

    @Test
    void theDayAnEngagementStartedIsTakenInThePortalsZone() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        // 10:00 UTC on the 29th is already the 30th at UTC+14
        assertThat(engagement.startedOn(ZoneId.of("Pacific/Kiritimati"))).isEqualTo(TODAY.plusDays(1));
        assertThatThrownBy(() -> engagement.setTargetGoLive(TODAY, ZoneId.of("Pacific/Kiritimati")))
                .hasMessageContaining("before the engagement started (2026-11-30)");
    }

    @Test
    void anEarlierTargetGoLiveAlreadyStoredStaysWhenOtherFieldsChange() {
        Engagement engagement = Engagement.restore(new EngagementState(EngagementId.random(), 3,
                customerIn(Region.UNITED_KINGDOM).id(), "Legacy", "", PartnershipOption.FASTTRACK, Set.of(), Set.of(),
                List.of(), EngagementStatus.ACTIVE, Phase.DISCOVERY, Map.of(Phase.DISCOVERY, TODAY,
                Phase.SOLUTION_ENABLEMENT, TODAY.minusDays(1)), LocalDate.of(2019, 1, 1), null, "", Set.of(),
                List.of(), NOW, null));
        engagement.setTargetGoLive(LocalDate.of(2019, 1, 1), ZoneOffset.UTC);
        engagement.planPhaseEnds(engagement.plannedEnds());
        engagement.rename("Legacy, renamed");
        assertThat(engagement.targetGoLive()).isEqualTo(LocalDate.of(2019, 1, 1));
    }

    @Test
    void aProofOfConceptCannotBeInProductionInTheFuture() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        engagement.recordPocGoLive(TODAY, TODAY);
        assertThatThrownBy(() -> engagement.recordPocGoLive(LocalDate.of(2030, 1, 1), TODAY))
                .isInstanceOf(DomainException.class)
                .hasMessage("The proof of concept cannot be in production before it happened: 2030-01-01 is after "
                        + "today (2026-11-29)")
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo(Engagement.POC_GO_LIVE_FIELD);
        engagement.recordPocGoLive(null, TODAY);
        assertThat(engagement.pocGoLive()).isNull();
    }

    @Test
    void aTitleWithAControlCharacterIsRefusedAndUnicodeIsKept() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        assertThatThrownBy(() -> engagement.rename("Shop\u0000"))
                .hasMessage("Title contains a control character (U+0000); remove it");
        engagement.rename("店舗 e\u0301 🚀 שלום");
        assertThat(engagement.title()).isEqualTo("店舗 e\u0301 🚀 שלום");
    }

    @Test
    void aStakeholderEmailIsLimitedLikeItsColumn() {
        Engagement engagement = engagement(Region.UNITED_KINGDOM, "SAP");
        String tooLong = "a".repeat(250) + "@x.io";
        assertThatThrownBy(() -> engagement.addStakeholder("Ada", tooLong, StakeholderRole.OTHER, null))
                .hasMessage("E-mail must be at most " + Stakeholder.EMAIL_MAX + " characters");
    }
}
