package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementComparison.Outcome;
import com.fasttrack.portal.organisation.OrganisationId;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EngagementComparisonTest {

    private static final OrganisationId CUSTOMER = OrganisationId.random();
    private static final WorkloadCode SAP = new WorkloadCode("SAP");
    private static final WorkloadCode DEVOPS = new WorkloadCode("DEVOPS");
    private static final LocalDate MARCH = LocalDate.of(2027, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2027, 4, 1);

    private final EngagementDraft base = new EngagementDraft(CUSTOMER, "Exit the data centre", "Leave Osaka",
            PartnershipOption.FASTTRACK, Set.of(SAP), Set.of(), null, Map.of(Phase.DISCOVERY, MARCH));

    @Test
    void eachFieldIsUnchangedMineTheirsOrAClash() {
        EngagementDraft mine = new EngagementDraft(CUSTOMER, "Exit Osaka", "Leave Osaka",
                PartnershipOption.FASTTRACK, Set.of(SAP, DEVOPS), Set.of(), APRIL, Map.of(Phase.DISCOVERY, MARCH));
        EngagementDraft theirs = new EngagementDraft(CUSTOMER, "Exit Osaka by March", "Leave Osaka first",
                PartnershipOption.FASTTRACK, Set.of(SAP), Set.of(), null, Map.of());

        EngagementComparison comparison = EngagementComparison.of(base, mine, theirs);

        assertThat(comparison.outcome(EngagementField.TITLE)).isEqualTo(Outcome.CLASH);
        assertThat(comparison.outcome(EngagementField.WORKLOADS)).isEqualTo(Outcome.MINE_ONLY);
        assertThat(comparison.outcome(EngagementField.TARGET_GO_LIVE)).isEqualTo(Outcome.MINE_ONLY);
        assertThat(comparison.outcome(EngagementField.GOAL)).isEqualTo(Outcome.THEIRS_ONLY);
        assertThat(comparison.outcome(EngagementField.DISCOVERY_END)).isEqualTo(Outcome.THEIRS_ONLY);
        assertThat(comparison.outcome(EngagementField.OPTION)).isEqualTo(Outcome.UNCHANGED);
        assertThat(comparison.clashes()).singleElement().satisfies(clash -> {
            assertThat(clash.base()).isEqualTo("Exit the data centre");
            assertThat(clash.mine()).isEqualTo("Exit Osaka");
            assertThat(clash.theirs()).isEqualTo("Exit Osaka by March");
        });
        assertThat(comparison.mineOnly()).extracting(EngagementComparison.Difference::field)
                .containsExactly(EngagementField.WORKLOADS, EngagementField.TARGET_GO_LIVE);
        assertThat(comparison.theirsOnly()).extracting(EngagementComparison.Difference::field)
                .containsExactly(EngagementField.GOAL, EngagementField.DISCOVERY_END);
        assertThat(comparison.fields()).hasSize(EngagementField.values().length);
    }

    @Test
    void theSameChangeOnBothSidesIsNoClash() {
        EngagementDraft both = new EngagementDraft(CUSTOMER, "Same new title", "Leave Osaka",
                PartnershipOption.SOLUTIONS_PARTNER, Set.of(SAP), Set.of(), null, Map.of(Phase.DISCOVERY, MARCH));

        EngagementComparison comparison = EngagementComparison.of(base, both, both);

        assertThat(comparison.outcome(EngagementField.TITLE)).isEqualTo(Outcome.SAME_CHANGE);
        assertThat(comparison.outcome(EngagementField.OPTION)).isEqualTo(Outcome.SAME_CHANGE);
        assertThat(comparison.clashes()).isEmpty();
    }

    @Test
    void whitespaceTheRecordWouldStripIsNoChange() {
        EngagementDraft mine = base.withGoal("Leave Osaka\n");
        EngagementDraft theirs = base.withGoal("Leave Osaka and Kobe");

        assertThat(EngagementComparison.of(base, mine, theirs).outcome(EngagementField.GOAL))
                .isEqualTo(Outcome.THEIRS_ONLY);
    }

    @Test
    void reapplyingKeepsTheirValuesForClashesAndAddsMyOtherEdits() {
        EngagementDraft mine = new EngagementDraft(CUSTOMER, "Mine", "Leave Osaka", PartnershipOption.FASTTRACK,
                Set.of(SAP, DEVOPS), Set.of(), APRIL, Map.of(Phase.DISCOVERY, MARCH, Phase.SOLUTION_ENABLEMENT, APRIL));
        EngagementDraft theirs = new EngagementDraft(CUSTOMER, "Theirs", "Their goal", PartnershipOption.FASTTRACK,
                Set.of(SAP), Set.of(), null, Map.of());

        EngagementComparison comparison = EngagementComparison.of(base, mine, theirs);
        EngagementDraft reapplied = comparison.reapplied();

        assertThat(reapplied.title()).isEqualTo("Theirs");
        assertThat(reapplied.goal()).isEqualTo("Their goal");
        assertThat(reapplied.workloads()).containsExactlyInAnyOrder(SAP, DEVOPS);
        assertThat(reapplied.targetGoLive()).isEqualTo(APRIL);
        // they removed the Discovery end, I added the Solution enablement end: both survive
        assertThat(reapplied.plannedEnds()).isEqualTo(Map.of(Phase.SOLUTION_ENABLEMENT, APRIL));
        assertThat(reapplied.customerId()).isEqualTo(CUSTOMER);
    }

    @Test
    void editingOnKeepsEveryFieldIChangedAndTheirsElsewhere() {
        EngagementDraft mine = new EngagementDraft(CUSTOMER, "Mine", "Leave Osaka", PartnershipOption.FASTTRACK,
                Set.of(SAP), Set.of(), APRIL, Map.of(Phase.DISCOVERY, MARCH));
        EngagementDraft theirs = new EngagementDraft(CUSTOMER, "Theirs", "Their goal", PartnershipOption.FASTTRACK,
                Set.of(SAP), Set.of(), null, Map.of(Phase.DISCOVERY, APRIL));

        EngagementDraft rebased = EngagementComparison.of(base, mine, theirs).rebased();

        assertThat(rebased.title()).isEqualTo("Mine");
        assertThat(rebased.targetGoLive()).isEqualTo(APRIL);
        assertThat(rebased.goal()).isEqualTo("Their goal");
        assertThat(rebased.plannedEnds()).isEqualTo(Map.of(Phase.DISCOVERY, APRIL));
        assertThat(EngagementComparison.of(theirs, rebased, theirs).clashes())
                .as("saving the rebased form on their version clashes with nothing").isEmpty();
    }

    @Test
    void everyPhaseHasItsPlannedEndField() {
        for (Phase phase : Phase.values()) {
            assertThat(EngagementField.plannedEndOf(phase).in(new EngagementDraft(CUSTOMER, "t", "", null, Set.of(),
                    Set.of(), null, Map.of(phase, MARCH)))).isEqualTo(MARCH);
        }
    }
}
