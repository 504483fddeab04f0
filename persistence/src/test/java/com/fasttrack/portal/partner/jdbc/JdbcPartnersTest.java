package com.fasttrack.portal.partner.jdbc;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchScore;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerFilter;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
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
class JdbcPartnersTest {

    static final WorkloadCode SAP = new WorkloadCode("SAP");
    static final WorkloadCode LINUX = new WorkloadCode("LINUX");

    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;
    @Autowired
    PersistenceFixtures fixtures;

    private final String tag = PersistenceFixtures.tag();
    private Organisation ukFree;
    private Organisation ukFull;
    private Organisation japanOnly;
    private Organisation euServesUk;

    @BeforeEach
    void data() {
        ukFree = partner("UK free", Region.UNITED_KINGDOM, Set.of(Region.UNITED_KINGDOM), 2);
        ukFull = partner("UK full", Region.UNITED_KINGDOM, Set.of(Region.UNITED_KINGDOM), 1);
        japanOnly = partner("Japan", Region.JAPAN, Set.of(Region.JAPAN), 5);
        euServesUk = partner("EU", Region.WESTERN_EUROPE, Set.of(Region.WESTERN_EUROPE, Region.UNITED_KINGDOM), 3);
        // ukFull works on one engagement (accepted), ukFree on one that was engaged then closed: no load
        engage(ukFull, false);
        engage(ukFree, true);
    }

    private Organisation partner(String name, Region home, Set<Region> serves, int capacity) {
        Organisation organisation = fixtures.partner(name + " " + tag, home);
        partners.save(PartnerProfile.create(organisation.id(), PartnerType.SOLUTIONS_PARTNER, serves,
                Set.of(SAP, LINUX), capacity));
        return organisation;
    }

    private void engage(Organisation partner, boolean close) {
        Organisation customer = fixtures.customer("Customer of " + partner.name(), Region.UNITED_KINGDOM);
        UserAccount engineer = fixtures.user("Engineer " + partner.name(), Role.ENGINEER, null);
        UserAccount customerUser = fixtures.user("Customer " + partner.name(), Role.CUSTOMER, customer);
        Engagement engagement = fixtures.engagement(customer, "E " + partner.name(), PartnershipOption.FASTTRACK,
                Set.of(engineer), "SAP");
        PartnerCandidate candidate = partners.find(partner.id()).orElseThrow();
        PartnerMatch match = PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customerUser.id(),
                        Role.CUSTOMER, NOW)
                .propose(List.of(new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP),
                        Region.UNITED_KINGDOM, null))), engineer.id(), Role.ENGINEER, NOW)
                .accept(customerUser.id(), Role.CUSTOMER, NOW);
        if (close) {
            match = match.engage(engineer.id(), Role.ENGINEER, NOW).close("done", engineer.id(), Role.ENGINEER, NOW);
        }
        matches.save(match);
    }

    private List<OrganisationId> ours(List<PartnerCandidate> candidates) {
        Set<OrganisationId> mine = Set.of(ukFree.id(), ukFull.id(), japanOnly.id(), euServesUk.id());
        return candidates.stream().map(c -> c.profile().organisationId()).filter(mine::contains).toList();
    }

    @Test
    void aProfileIsStoredWithRegionsSpecialtiesAndItsLoad() {
        PartnerCandidate full = partners.find(ukFull.id()).orElseThrow();

        assertThat(full.name()).isEqualTo(ukFull.name());
        assertThat(full.homeRegion()).isEqualTo(Region.UNITED_KINGDOM);
        assertThat(full.profile().regions()).containsExactly(Region.UNITED_KINGDOM);
        assertThat(full.profile().specialties()).containsExactlyInAnyOrder(SAP, LINUX);
        assertThat(full.activeEngagements()).isEqualTo(1);
        assertThat(partners.find(ukFree.id()).orElseThrow().activeEngagements()).isZero();
    }

    @Test
    void theCandidateQueryFiltersRegionAndCapacityInSql() {
        assertThat(ours(partners.candidates(Region.UNITED_KINGDOM, 1000)))
                .containsExactlyInAnyOrder(ukFree.id(), euServesUk.id());
        assertThat(ours(partners.excluded(Region.UNITED_KINGDOM, 1000)))
                .containsExactlyInAnyOrder(ukFull.id(), japanOnly.id());
        assertThat(ours(partners.candidates(Region.JAPAN, 1000))).containsExactly(japanOnly.id());
    }

    @Test
    void editingReplacesRegionsAndSpecialtiesAndChecksTheVersion() {
        PartnerProfile stored = partners.find(japanOnly.id()).orElseThrow().profile();
        PartnerProfile edited = partners.save(stored.edit(PartnerType.MANAGED_SERVICE_PARTNER,
                Set.of(Region.UNITED_KINGDOM, Region.INDIA), Set.of(new WorkloadCode("IOT")), 7));

        PartnerProfile reloaded = partners.find(japanOnly.id()).orElseThrow().profile();
        assertThat(reloaded).isEqualTo(edited);
        assertThat(reloaded.version()).isEqualTo(1);
        assertThat(reloaded.regions()).containsExactlyInAnyOrder(Region.UNITED_KINGDOM, Region.INDIA);
        assertThat(ours(partners.candidates(Region.UNITED_KINGDOM, 1000))).contains(japanOnly.id());
        assertThatThrownBy(() -> partners.save(stored.edit(PartnerType.SOLUTIONS_PARTNER, Set.of(Region.JAPAN),
                Set.of(SAP), 1))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void theDirectoryFiltersByNameTypeRegionAndSpecialty() {
        partners.save(partners.find(ukFree.id()).orElseThrow().profile().edit(PartnerType.CLOUD_SOLUTION_PROVIDER,
                Set.of(Region.UNITED_KINGDOM), Set.of(new WorkloadCode("HPC")), 2));
        PageRequest page = PageRequest.of(0, 100);

        assertThat(partners.list(new PartnerFilter(tag, null, null, null), page)).extracting(PartnerCandidate::name)
                .containsExactly("EU " + tag, "Japan " + tag, "UK free " + tag, "UK full " + tag);
        assertThat(partners.count(new PartnerFilter(tag, null, null, null))).isEqualTo(4);
        assertThat(partners.list(new PartnerFilter(tag, PartnerType.CLOUD_SOLUTION_PROVIDER, null, null), page))
                .extracting(PartnerCandidate::name).containsExactly("UK free " + tag);
        assertThat(partners.list(new PartnerFilter(tag, null, Region.WESTERN_EUROPE, null), page))
                .extracting(PartnerCandidate::name).containsExactly("EU " + tag);
        assertThat(partners.list(new PartnerFilter(tag, null, null, new WorkloadCode("HPC")), page))
                .extracting(PartnerCandidate::name).containsExactly("UK free " + tag);
        assertThat(partners.count(new PartnerFilter("no such partner " + tag, null, null, null))).isZero();
    }
}
