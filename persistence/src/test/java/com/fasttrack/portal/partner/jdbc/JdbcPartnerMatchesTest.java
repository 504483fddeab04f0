package com.fasttrack.portal.partner.jdbc;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
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
import com.fasttrack.portal.partner.ProposalStatus;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static com.fasttrack.portal.testing.PersistenceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JdbcPartnerMatchesTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    PartnerMatches matches;
    @Autowired
    Partners partners;
    @Autowired
    Engagements engagements;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Blockers blockers;
    @Autowired
    PersistenceFixtures fixtures;

    private final String tag = PersistenceFixtures.tag();
    private PartnerCandidate p1;
    private PartnerCandidate p2;
    private UserAccount engineer;
    private UserAccount customerUser;
    private Engagement engagement;
    private Engagement other;
    private EngagementScope p1Scope;
    private EngagementScope p2Scope;

    @BeforeEach
    void data() {
        p1 = partner("P1");
        p2 = partner("P2");
        Organisation customer = fixtures.customer("Customer " + tag, Region.UNITED_KINGDOM);
        engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        customerUser = fixtures.user("Customer " + tag, Role.CUSTOMER, customer);
        engagement = fixtures.engagement(customer, "Engaged " + tag, PartnershipOption.SOLUTIONS_PARTNER,
                Set.of(engineer), "SAP");
        other = fixtures.engagement(customer, "Other " + tag, PartnershipOption.SOLUTIONS_PARTNER,
                Set.of(engineer), "SAP");
        p1Scope = new EngagementScope.EngagedPartner(p1.profile().organisationId());
        p2Scope = new EngagementScope.EngagedPartner(p2.profile().organisationId());
    }

    private PartnerCandidate partner(String name) {
        Organisation organisation = fixtures.partner(name + " " + tag, Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(organisation.id(), PartnerType.SOLUTIONS_PARTNER,
                Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3));
        return partners.find(organisation.id()).orElseThrow();
    }

    private static MatchRanking.Ranked ranked(PartnerCandidate candidate) {
        return new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP), Region.UNITED_KINGDOM, null));
    }

    private PartnerMatch requested(Engagement on) {
        return matches.save(PartnerMatch.request(on.id(), Set.of(SAP), PartnerType.SOLUTIONS_PARTNER, "Help with SAP",
                customerUser.id(), Role.CUSTOMER, NOW));
    }

    /** P2 proposed first and declined, then P1 accepted. */
    private PartnerMatch acceptedP1(Engagement on) {
        PartnerMatch proposed = matches.save(requested(on).propose(List.of(ranked(p2), ranked(p1)), engineer.id(),
                Role.ENGINEER, NOW));
        PartnerMatch declined = matches.save(proposed.decline("Too busy", customerUser.id(), Role.CUSTOMER, NOW));
        return matches.save(declined.accept(customerUser.id(), Role.CUSTOMER, NOW.plusSeconds(1)));
    }

    @Test
    void aMatchRoundTripsWithProposalsAndItsHistory() {
        PartnerMatch saved = acceptedP1(engagement);

        PartnerMatch loaded = matches.find(saved.id(), engagement.id()).orElseThrow();

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.version()).isEqualTo(3);
        assertThat(loaded.partner()).contains(p1.profile().organisationId());
        assertThat(loaded.proposals()).extracting(p -> p.status())
                .containsExactly(ProposalStatus.DECLINED, ProposalStatus.ACCEPTED);
        assertThat(loaded.transitions()).extracting(t -> t.to()).containsExactly(MatchStatus.REQUESTED,
                MatchStatus.PROPOSED, MatchStatus.PROPOSED, MatchStatus.ACCEPTED);
        assertThat(matches.find(saved.id(), other.id())).isEmpty();
        assertThat(matches.active(engagement.id())).contains(loaded);
        assertThat(matches.engagedOn(engagement.id(), p1.profile().organisationId())).contains(loaded);
        assertThat(matches.engagedOn(engagement.id(), p2.profile().organisationId())).isEmpty();
    }

    @Test
    void aStaleMatchIsRefusedAndAnEngagementHasOneActiveMatch() {
        PartnerMatch requested = requested(engagement);
        matches.save(requested.propose(List.of(ranked(p1)), engineer.id(), Role.ENGINEER, NOW));

        assertThatThrownBy(() -> matches.save(requested.propose(List.of(ranked(p2)), engineer.id(), Role.ENGINEER,
                NOW))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> requested(engagement)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void proposalsOpenedLongEnoughAgoAreFoundForExpiry() {
        PartnerMatch proposed = matches.save(requested(engagement).propose(List.of(ranked(p1)), engineer.id(),
                Role.ENGINEER, NOW));

        assertThat(matches.proposedBefore(NOW.minusSeconds(1), 1000)).doesNotContain(proposed);
        assertThat(matches.proposedBefore(NOW, 1000)).contains(proposed);
        PartnerMatch expired = matches.save(proposed.expireIfDue(NOW.plus(Duration.ofDays(14))));
        assertThat(matches.proposedBefore(NOW, 1000)).doesNotContain(proposed, expired);
        assertThat(matches.find(proposed.id(), engagement.id()).orElseThrow().transitions().getLast().by()).isNull();
    }

    @Test
    void aPartnerSeesOnlyEngagementsWithItsAcceptedOrEngagedMatch() {
        PartnerMatch accepted = acceptedP1(engagement);
        matches.save(requested(other).propose(List.of(ranked(p1)), engineer.id(), Role.ENGINEER, NOW));

        assertThat(engagements.find(engagement.id(), p1Scope)).isPresent();
        assertThat(engagements.find(other.id(), p1Scope)).as("only proposed").isEmpty();
        assertThat(engagements.find(engagement.id(), p2Scope)).as("declined").isEmpty();
        EngagementFilter mine = new EngagementFilter(tag, null, null, null, null, null);
        assertThat(engagements.list(mine, p1Scope, PageRequest.of(0, 50))).extracting(EngagementSummary::title)
                .containsExactly("Engaged " + tag);
        assertThat(engagements.count(mine, p2Scope)).isZero();

        PartnerMatch engaged = matches.save(accepted.engage(engineer.id(), Role.ENGINEER, NOW));
        assertThat(engagements.find(engagement.id(), p1Scope)).isPresent();
        matches.save(engaged.close("Done", engineer.id(), Role.ENGINEER, NOW));
        assertThat(engagements.find(engagement.id(), p1Scope)).as("closed").isEmpty();
    }

    @Test
    void aPartnerNeverGetsInternalContentOfItsEngagement() {
        acceptedP1(engagement);
        checkIns.save(CheckIn.record(engagement.id(), TODAY, CheckInKind.STATUS, List.of("Tom"), "All good",
                "Customer budget is shaky", OnTrack.ON_TRACK, "", "", null, engagement.cadence(), engineer.id(), NOW));
        blockers.save(Blocker.raise(engagement.id(), "Shared", "", Severity.LOW, "Tom", null, null,
                Visibility.SHARED, engineer.id(), NOW, TODAY));
        blockers.save(Blocker.raise(engagement.id(), "Internal", "", Severity.HIGH, "Priya", null, null,
                Visibility.INTERNAL, engineer.id(), NOW, TODAY));

        assertThat(checkIns.of(engagement.id(), p1Scope, PageRequest.of(0, 10))).singleElement()
                .satisfies(checkIn -> {
                    assertThat(checkIn.sharedSummary()).isEqualTo("All good");
                    assertThat(checkIn.internalNote()).isEmpty();
                });
        assertThat(blockers.of(engagement.id(), p1Scope, BlockerFilter.ALL, PageRequest.of(0, 10)))
                .extracting(Blocker::title).containsExactly("Shared");
        assertThat(blockers.count(engagement.id(), p1Scope, BlockerFilter.ALL)).isEqualTo(1);
        assertThat(checkIns.of(engagement.id(), p2Scope, PageRequest.of(0, 10))).isEmpty();
    }
}
