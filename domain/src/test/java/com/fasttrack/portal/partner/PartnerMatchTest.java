package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.fasttrack.portal.partner.MatchScoreTest.SAP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartnerMatchTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final UserId CUSTOMER = UserId.random();
    private static final UserId ENGINEER = UserId.random();

    private static MatchRanking.Ranked ranked(String name) {
        PartnerCandidate candidate = MatchScoreTest.partner(name, PartnerType.SOLUTIONS_PARTNER,
                Region.UNITED_KINGDOM, Set.of(Region.UNITED_KINGDOM), Set.of(SAP), 3, 0);
        return new MatchRanking.Ranked(candidate, MatchScore.of(candidate, Set.of(SAP), Region.UNITED_KINGDOM, null));
    }

    private static final MatchRanking.Ranked NORTHWIND = ranked("Northwind");
    private static final MatchRanking.Ranked ADATUM = ranked("Adatum");
    private static final MatchRanking.Ranked LITWARE = ranked("Litware");

    private static PartnerMatch requested() {
        return PartnerMatch.request(EngagementId.random(), Set.of(SAP), PartnerType.SOLUTIONS_PARTNER, "SAP help",
                CUSTOMER, Role.CUSTOMER, NOW);
    }

    private static PartnerMatch proposed() {
        return requested().propose(List.of(NORTHWIND, ADATUM), ENGINEER, Role.ENGINEER, NOW.plusSeconds(60));
    }

    private static PartnerMatch accepted() {
        return proposed().accept(CUSTOMER, Role.CUSTOMER, NOW.plusSeconds(120));
    }

    private static PartnerMatch engaged() {
        return accepted().engage(ENGINEER, Role.ENGINEER, NOW.plusSeconds(180));
    }

    @Test
    void aRequestIsRecordedWithWhoAndWhen() {
        PartnerMatch match = requested();

        assertThat(match.status()).isEqualTo(MatchStatus.REQUESTED);
        assertThat(match.transitions()).containsExactly(
                new MatchTransition(CUSTOMER, NOW, null, MatchStatus.REQUESTED, ""));
    }

    @Test
    void aRequestNeedsAWorkloadAndNoPartnerMayRequest() {
        assertThatThrownBy(() -> PartnerMatch.request(EngagementId.random(), Set.of(), null, "", CUSTOMER,
                Role.CUSTOMER, NOW)).isInstanceOf(DomainException.class).hasMessageContaining("at least one workload");
        assertThatThrownBy(() -> PartnerMatch.request(EngagementId.random(), Set.of(SAP), null, "", CUSTOMER,
                Role.PARTNER, NOW)).isInstanceOf(DomainException.class).hasMessageContaining("A partner cannot");
    }

    @Test
    void anEngineerProposesUpToThreeAndTheFirstIsOpenedForTheCustomer() {
        PartnerMatch match = requested().propose(List.of(NORTHWIND, ADATUM, LITWARE), ENGINEER, Role.ENGINEER, NOW);

        assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(match.proposals()).extracting(Proposal::status)
                .containsExactly(ProposalStatus.OPEN, ProposalStatus.QUEUED, ProposalStatus.QUEUED);
        assertThat(match.openProposal().orElseThrow().partnerName()).isEqualTo("Northwind");
        assertThat(match.openProposal().orElseThrow().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(match.transitions().getLast()).isEqualTo(new MatchTransition(ENGINEER, NOW, MatchStatus.REQUESTED,
                MatchStatus.PROPOSED, "Proposed Northwind, Adatum, Litware"));
    }

    @Test
    void proposalsAreOneToThreeDistinctPartnersByStaff() {
        assertThatThrownBy(() -> requested().propose(List.of(), ENGINEER, Role.ENGINEER, NOW))
                .isInstanceOf(DomainException.class).hasMessage("Propose between 1 and 3 partners");
        assertThatThrownBy(() -> requested().propose(List.of(NORTHWIND, ADATUM, LITWARE, ranked("Fourth")),
                ENGINEER, Role.ENGINEER, NOW)).hasMessage("Propose between 1 and 3 partners");
        assertThatThrownBy(() -> requested().propose(List.of(NORTHWIND, NORTHWIND), ENGINEER, Role.ENGINEER, NOW))
                .hasMessage("Northwind is proposed twice");
        assertThatThrownBy(() -> requested().propose(List.of(NORTHWIND), CUSTOMER, Role.CUSTOMER, NOW))
                .hasMessage("Only an engineer or program manager may propose partners");
        assertThat(requested().propose(List.of(NORTHWIND), ENGINEER, Role.PROGRAM_MANAGER, NOW).status())
                .isEqualTo(MatchStatus.PROPOSED);
    }

    @Test
    void theCustomerAcceptsTheOpenProposal() {
        PartnerMatch match = accepted();

        assertThat(match.status()).isEqualTo(MatchStatus.ACCEPTED);
        assertThat(match.partner()).contains(NORTHWIND.candidate().profile().organisationId());
        assertThat(match.transitions().getLast()).isEqualTo(new MatchTransition(CUSTOMER, NOW.plusSeconds(120),
                MatchStatus.PROPOSED, MatchStatus.ACCEPTED, "Accepted Northwind"));
    }

    @Test
    void onlyTheCustomerDecides() {
        assertThatThrownBy(() -> proposed().accept(ENGINEER, Role.ENGINEER, NOW))
                .hasMessage("Only the customer may accept a partner");
        assertThatThrownBy(() -> proposed().decline("no", ENGINEER, Role.PROGRAM_MANAGER, NOW))
                .hasMessage("Only the customer may decline a partner");
        assertThatThrownBy(() -> proposed().accept(ENGINEER, Role.PARTNER, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aDeclineNeedsAReasonAndBringsTheNextCandidateForward() {
        assertThatThrownBy(() -> proposed().decline(" ", CUSTOMER, Role.CUSTOMER, NOW))
                .hasMessage("A reason for declining is required");

        Instant later = NOW.plus(Duration.ofDays(10));
        PartnerMatch match = proposed().decline("Too far away", CUSTOMER, Role.CUSTOMER, later);

        assertThat(match.status()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(match.proposals()).extracting(Proposal::status)
                .containsExactly(ProposalStatus.DECLINED, ProposalStatus.OPEN);
        assertThat(match.proposals().getFirst().reason()).isEqualTo("Too far away");
        assertThat(match.openProposal().orElseThrow().expiresAt()).isEqualTo(later.plus(Duration.ofDays(14)));
        assertThat(match.transitions().getLast().reason())
                .isEqualTo("Declined Northwind: Too far away; now proposing Adatum");
    }

    @Test
    void decliningTheLastCandidateDeclinesTheMatch() {
        PartnerMatch match = proposed().decline("No", CUSTOMER, Role.CUSTOMER, NOW)
                .decline("Neither", CUSTOMER, Role.CUSTOMER, NOW);

        assertThat(match.status()).isEqualTo(MatchStatus.DECLINED);
        assertThat(match.openProposal()).isEmpty();
        assertThat(match.status().isActive()).isFalse();
        assertThatThrownBy(() -> match.accept(CUSTOMER, Role.CUSTOMER, NOW))
                .hasMessage("Only a proposed partner can be accepted; this match is declined");
    }

    @Test
    void aProposalUnansweredFor14DaysExpiresTheMatch() {
        PartnerMatch match = proposed();
        Instant opened = NOW.plusSeconds(60);

        assertThat(match.expireIfDue(opened.plus(Duration.ofDays(14)).minusSeconds(1))).isSameAs(match);
        PartnerMatch expired = match.expireIfDue(opened.plus(Duration.ofDays(14)));

        assertThat(expired.status()).isEqualTo(MatchStatus.EXPIRED);
        assertThat(expired.proposals().getFirst().status()).isEqualTo(ProposalStatus.EXPIRED);
        assertThat(expired.transitions().getLast().by()).isNull();
        assertThat(expired.transitions().getLast().from()).isEqualTo(MatchStatus.PROPOSED);
        assertThatThrownBy(() -> match.accept(CUSTOMER, Role.CUSTOMER, opened.plus(Duration.ofDays(15))))
                .hasMessageContaining("expired");
    }

    @Test
    void onlyProposedMatchesExpire() {
        PartnerMatch match = accepted();
        assertThat(match.expireIfDue(NOW.plus(Duration.ofDays(60)))).isSameAs(match);
        assertThat(requested().expireIfDue(NOW.plus(Duration.ofDays(60))).status()).isEqualTo(MatchStatus.REQUESTED);
    }

    @Test
    void staffMarkAnAcceptedMatchEngagedAndCloseIt() {
        PartnerMatch closed = engaged().close("Deployment done", ENGINEER, Role.PROGRAM_MANAGER, NOW);

        assertThat(engaged().status()).isEqualTo(MatchStatus.ENGAGED);
        assertThat(engaged().status().givesPartnerAccess()).isTrue();
        assertThat(closed.status()).isEqualTo(MatchStatus.CLOSED);
        assertThat(closed.status().givesPartnerAccess()).isFalse();
        assertThat(closed.transitions()).extracting(MatchTransition::to).containsExactly(MatchStatus.REQUESTED,
                MatchStatus.PROPOSED, MatchStatus.ACCEPTED, MatchStatus.ENGAGED, MatchStatus.CLOSED);
        assertThat(accepted().close("", ENGINEER, Role.ENGINEER, NOW).status()).isEqualTo(MatchStatus.CLOSED);
    }

    @Test
    void engagingAndClosingAreForStaffFromTheRightStatus() {
        assertThatThrownBy(() -> accepted().engage(CUSTOMER, Role.CUSTOMER, NOW))
                .hasMessage("Only an engineer or program manager may mark a partner engaged");
        assertThatThrownBy(() -> engaged().close("", CUSTOMER, Role.PARTNER, NOW))
                .hasMessage("Only an engineer or program manager may close a partner match");
        assertThatThrownBy(() -> proposed().engage(ENGINEER, Role.ENGINEER, NOW))
                .hasMessage("Only an accepted match can become engaged; this match is proposed");
        assertThatThrownBy(() -> engaged().engage(ENGINEER, Role.ENGINEER, NOW))
                .hasMessage("Only an accepted match can become engaged; this match is engaged");
        assertThatThrownBy(() -> requested().close("", ENGINEER, Role.ENGINEER, NOW))
                .hasMessage("Only an accepted or engaged match can be closed; this one is requested");
    }

    @ParameterizedTest
    @EnumSource(value = MatchStatus.class, names = {"PROPOSED", "ACCEPTED", "ENGAGED", "CLOSED", "DECLINED"})
    void partnersCanBeProposedOnlyOnce(MatchStatus status) {
        PartnerMatch match = switch (status) {
            case PROPOSED -> proposed();
            case ACCEPTED -> accepted();
            case ENGAGED -> engaged();
            case CLOSED -> engaged().close("", ENGINEER, Role.ENGINEER, NOW);
            default -> requested().propose(List.of(NORTHWIND), ENGINEER, Role.ENGINEER, NOW)
                    .decline("No", CUSTOMER, Role.CUSTOMER, NOW);
        };
        assertThat(match.status()).isEqualTo(status);
        assertThatThrownBy(() -> match.propose(List.of(LITWARE), ENGINEER, Role.ENGINEER, NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("Partners can be proposed only for a requested match; this match is "
                        + status.label().toLowerCase());
    }

    @Test
    void nothingCanBeDecidedOnARequestedOrAcceptedMatch() {
        assertThatThrownBy(() -> requested().accept(CUSTOMER, Role.CUSTOMER, NOW))
                .hasMessage("Only a proposed partner can be accepted; this match is requested");
        assertThatThrownBy(() -> accepted().decline("late", CUSTOMER, Role.CUSTOMER, NOW))
                .hasMessage("Only a proposed partner can be declined; this match is accepted");
    }

    @Test
    void aClosingReasonIsCheckedInTheDomainNotOnlyByTheBrowser() {
        assertThatThrownBy(() -> engaged().close("r".repeat(PartnerMatch.REASON_MAX + 1), ENGINEER, Role.ENGINEER,
                NOW)).isInstanceOf(DomainException.class)
                .hasMessage("Reason must be at most " + PartnerMatch.REASON_MAX + " characters");
        assertThatThrownBy(() -> engaged().close("done\u001b[31m", ENGINEER, Role.ENGINEER, NOW))
                .hasMessage("Reason contains a control character (U+001B); remove it");
        assertThat(engaged().close("r".repeat(PartnerMatch.REASON_MAX), ENGINEER, Role.ENGINEER, NOW).status())
                .isEqualTo(MatchStatus.CLOSED);
    }
}
