package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MatchScoreTest {

    static final WorkloadCode SAP = new WorkloadCode("SAP");
    static final WorkloadCode LINUX = new WorkloadCode("LINUX");
    static final WorkloadCode DEVOPS = new WorkloadCode("DEVOPS");
    static final WorkloadCode IOT = new WorkloadCode("IOT");

    static PartnerCandidate partner(String name, PartnerType type, Region home, Set<Region> serves,
                                    Set<WorkloadCode> specialties, int capacity, int load) {
        return partner(OrganisationId.random(), name, type, home, serves, specialties, capacity, load);
    }

    static PartnerCandidate partner(OrganisationId id, String name, PartnerType type, Region home, Set<Region> serves,
                                    Set<WorkloadCode> specialties, int capacity, int load) {
        return new PartnerCandidate(PartnerProfile.create(id, type, serves, specialties, capacity), name, home, load);
    }

    private static final Set<WorkloadCode> REQUESTED = Set.of(SAP, LINUX, DEVOPS, IOT);

    @Test
    void coverageIsTheShareOfRequestedWorkloadsAmongTheSpecialtiesOutOf50() {
        PartnerCandidate half = partner("A", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP, LINUX, new WorkloadCode("HPC")), 4, 0);
        PartnerCandidate all = partner("B", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), REQUESTED, 4, 0);
        PartnerCandidate none = partner("C", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(new WorkloadCode("HPC")), 4, 0);
        PartnerCandidate oneOfFour = partner("D", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 0);

        assertThat(MatchScore.of(half, REQUESTED, Region.UNITED_KINGDOM, null).coverage()).isEqualTo(25);
        assertThat(MatchScore.of(all, REQUESTED, Region.UNITED_KINGDOM, null).coverage()).isEqualTo(50);
        assertThat(MatchScore.of(none, REQUESTED, Region.UNITED_KINGDOM, null).coverage()).isZero();
        assertThat(MatchScore.of(oneOfFour, REQUESTED, Region.UNITED_KINGDOM, null).coverage()).isEqualTo(13);
    }

    @Test
    void aLocalPartnerGetsTheFullRegionPointsAndARemoteOneHalf() {
        PartnerCandidate local = partner("A", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 0);
        PartnerCandidate remote = partner("B", PartnerType.SOLUTIONS_PARTNER, Region.WESTERN_EUROPE,
                Set.of(Region.WESTERN_EUROPE, Region.UNITED_KINGDOM), Set.of(SAP), 4, 0);

        assertThat(MatchScore.of(local, Set.of(SAP), Region.UNITED_KINGDOM, null).region()).isEqualTo(20);
        assertThat(MatchScore.of(remote, Set.of(SAP), Region.UNITED_KINGDOM, null).region()).isEqualTo(10);
    }

    @Test
    void theTypePointsGoToThePreferredTypeOrToEveryoneWithoutPreference() {
        PartnerCandidate msp = partner("A", PartnerType.MANAGED_SERVICE_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 0);

        assertThat(MatchScore.of(msp, Set.of(SAP), Region.UNITED_KINGDOM, null).type()).isEqualTo(15);
        assertThat(MatchScore.of(msp, Set.of(SAP), Region.UNITED_KINGDOM, PartnerType.MANAGED_SERVICE_PARTNER).type())
                .isEqualTo(15);
        assertThat(MatchScore.of(msp, Set.of(SAP), Region.UNITED_KINGDOM, PartnerType.CLOUD_SOLUTION_PROVIDER).type())
                .isZero();
    }

    @Test
    void capacityPointsAreTheFreeShareOutOf15() {
        assertThat(MatchScore.of(partner("A", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 0), Set.of(SAP), Region.UNITED_KINGDOM, null)
                .capacity()).isEqualTo(15);
        assertThat(MatchScore.of(partner("A", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 3), Set.of(SAP), Region.UNITED_KINGDOM, null)
                .capacity()).isEqualTo(4);
        assertThat(MatchScore.of(partner("A", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3, 1), Set.of(SAP), Region.UNITED_KINGDOM, null)
                .capacity()).isEqualTo(10);
    }

    @Test
    void theTotalIsTheSumAndTheBreakdownExplainsIt() {
        MatchScore score = MatchScore.of(partner("A", PartnerType.CLOUD_SOLUTION_PROVIDER, Region.WESTERN_EUROPE,
                        Set.of(Region.WESTERN_EUROPE, Region.UNITED_KINGDOM), Set.of(SAP, LINUX), 2, 1),
                REQUESTED, Region.UNITED_KINGDOM, PartnerType.SOLUTIONS_PARTNER);

        assertThat(score.total()).isEqualTo(25 + 10 + 0 + 8);
        assertThat(score.explain()).isEqualTo("coverage 25/50 · region 10/20 · type 0/15 · capacity 8/15");
    }

    @Test
    void partnersNotServingTheRegionOrFullAreExcludedWithTheReason() {
        PartnerCandidate elsewhere = partner("Elsewhere", PartnerType.SOLUTIONS_PARTNER, Region.JAPAN,
                Set.of(Region.JAPAN), Set.of(SAP), 4, 0);
        PartnerCandidate full = partner("Full", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 2, 2);
        PartnerCandidate fine = partner("Fine", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 2, 1);

        MatchRanking ranking = MatchRanking.rank(List.of(elsewhere, full, fine), Set.of(SAP), Region.UNITED_KINGDOM,
                null);

        assertThat(ranking.ranked()).extracting(r -> r.candidate().name()).containsExactly("Fine");
        assertThat(ranking.excluded()).extracting(MatchRanking.Excluded::reason).containsExactly(
                "Does not serve United Kingdom", "No free capacity (2 of 2 engagements)");
    }

    @Test
    void candidatesRankByTotalThenNameThenIdWhateverTheInputOrder() {
        OrganisationId low = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        OrganisationId high = new OrganisationId(UUID.fromString("00000000-0000-0000-0000-000000000002"));
        PartnerCandidate best = partner("Zeta", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP, LINUX), 4, 0);
        PartnerCandidate alpha = partner("alpha", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 0);
        PartnerCandidate twinHigh = partner(high, "Beta", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 0);
        PartnerCandidate twinLow = partner(low, "Beta", PartnerType.SOLUTIONS_PARTNER, Region.UNITED_KINGDOM,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 4, 0);

        for (List<PartnerCandidate> input : List.of(List.of(twinHigh, alpha, twinLow, best),
                List.of(twinLow, best, twinHigh, alpha))) {
            MatchRanking ranking = MatchRanking.rank(input, Set.of(SAP, LINUX), Region.UNITED_KINGDOM, null);
            assertThat(ranking.ranked()).extracting(r -> r.candidate()).containsExactly(best, alpha, twinLow,
                    twinHigh);
        }
    }
}
