package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request for a partner on an engagement and what became of it:
 * {@code REQUESTED → PROPOSED → ACCEPTED | DECLINED | EXPIRED}, {@code ACCEPTED → ENGAGED → CLOSED}
 * (an accepted match may also be closed directly). The engineer proposes up to three partners in order; the customer
 * answers the first; a decline puts the next one in front of it, and when none is left the match is declined.
 * An open proposal unanswered for fourteen days expires the match. Every step is recorded.
 */
public record PartnerMatch(PartnerMatchId id, long version, EngagementId engagementId, Set<WorkloadCode> workloads,
                           @Nullable PartnerType preferredType, String note, UserId requestedBy, Instant requestedAt,
                           MatchStatus status, List<Proposal> proposals, List<MatchTransition> transitions) {

    public static final int MAX_PROPOSALS = 3;
    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = 1000;

    public PartnerMatch {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engagementId, "engagementId");
        if (workloads == null || workloads.isEmpty()) {
            throw new DomainException("Choose at least one workload the partner should help with");
        }
        TreeSet<WorkloadCode> sorted = new TreeSet<>(Comparator.comparing(WorkloadCode::value));
        sorted.addAll(workloads);
        workloads = java.util.Collections.unmodifiableSet(sorted);
        note = Require.text(note, "Note", NOTE_MAX);
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        proposals = List.copyOf(proposals);
        transitions = List.copyOf(transitions);
    }

    /** A customer, an engineer or a program manager asks for a partner. */
    public static PartnerMatch request(EngagementId engagement, Collection<WorkloadCode> workloads,
                                       @Nullable PartnerType preferredType, @Nullable String note, UserId by,
                                       Role role, Instant at) {
        if (role == Role.PARTNER) {
            throw new DomainException("A partner cannot request a partner match");
        }
        return new PartnerMatch(PartnerMatchId.random(), 0, engagement, Set.copyOf(workloads), preferredType,
                note == null ? "" : note, by, at, MatchStatus.REQUESTED, List.of(),
                List.of(new MatchTransition(by, at, null, MatchStatus.REQUESTED, "")));
    }

    /** The engineer proposes one to three ranked candidates, best first; the customer sees the first at once. */
    public PartnerMatch propose(List<MatchRanking.Ranked> candidates, UserId by, Role role, Instant at) {
        requireStaff(role, "propose partners");
        requireStatus(MatchStatus.REQUESTED, "Partners can be proposed only for a requested match");
        if (candidates.isEmpty() || candidates.size() > MAX_PROPOSALS) {
            throw new DomainException("Propose between 1 and " + MAX_PROPOSALS + " partners");
        }
        Set<OrganisationId> distinct = new HashSet<>();
        List<Proposal> proposed = new ArrayList<>();
        for (MatchRanking.Ranked candidate : candidates) {
            if (!distinct.add(candidate.candidate().profile().organisationId())) {
                throw new DomainException(candidate.candidate().name() + " is proposed twice");
            }
            proposed.add(proposed.isEmpty() ? Proposal.queued(candidate).open(at) : Proposal.queued(candidate));
        }
        return next(MatchStatus.PROPOSED, proposed, by, at,
                "Proposed " + String.join(", ", proposed.stream().map(Proposal::partnerName).toList()));
    }

    /** The customer accepts the partner in front of it. */
    public PartnerMatch accept(UserId by, Role role, Instant at) {
        requireCustomer(role, "accept a partner");
        requireStatus(MatchStatus.PROPOSED, "Only a proposed partner can be accepted");
        Proposal open = requireOpen(at);
        List<Proposal> changed = replace(open, open.decide(ProposalStatus.ACCEPTED, at, ""));
        return next(MatchStatus.ACCEPTED, changed, by, at, "Accepted " + open.partnerName());
    }

    /** The customer declines the partner in front of it, saying why; the next proposed partner comes forward. */
    public PartnerMatch decline(@Nullable String reason, UserId by, Role role, Instant at) {
        requireCustomer(role, "decline a partner");
        requireStatus(MatchStatus.PROPOSED, "Only a proposed partner can be declined");
        String why = Require.nonBlankText(reason, "A reason for declining", REASON_MAX);
        Proposal open = requireOpen(at);
        List<Proposal> changed = replace(open, open.decide(ProposalStatus.DECLINED, at, why));
        Optional<Proposal> queued = changed.stream().filter(p -> p.status() == ProposalStatus.QUEUED).findFirst();
        if (queued.isPresent()) {
            changed = replaceIn(changed, queued.get(), queued.get().open(at));
            return next(MatchStatus.PROPOSED, changed, by, at, "Declined " + open.partnerName() + ": " + why
                    + "; now proposing " + queued.get().partnerName());
        }
        return next(MatchStatus.DECLINED, changed, by, at, "Declined " + open.partnerName() + ": " + why);
    }

    /** The portal expires a proposal left unanswered for fourteen days, and with it the match. */
    public PartnerMatch expireIfDue(Instant now) {
        if (!isExpiredAt(now)) {
            return this;
        }
        Proposal open = openProposal().orElseThrow();
        List<Proposal> changed = replace(open, open.decide(ProposalStatus.EXPIRED, now, "Unanswered for 14 days"));
        return next(MatchStatus.EXPIRED, changed, null, now,
                "The proposal of " + open.partnerName() + " was not answered within 14 days");
    }

    /** An engineer or program manager records that the accepted partner started work. */
    public PartnerMatch engage(UserId by, Role role, Instant at) {
        requireStaff(role, "mark a partner engaged");
        requireStatus(MatchStatus.ACCEPTED, "Only an accepted match can become engaged");
        return next(MatchStatus.ENGAGED, proposals, by, at, "");
    }

    /** An engineer or program manager ends the partner's work; its users lose access to the engagement. */
    public PartnerMatch close(@Nullable String reason, UserId by, Role role, Instant at) {
        requireStaff(role, "close a partner match");
        if (!status.givesPartnerAccess()) {
            throw new DomainException("Only an accepted or engaged match can be closed; this one is "
                    + status.label().toLowerCase());
        }
        return next(MatchStatus.CLOSED, proposals, by, at, Require.text(reason, "Reason", REASON_MAX));
    }

    public boolean isExpiredAt(Instant now) {
        return status == MatchStatus.PROPOSED && openProposal()
                .map(Proposal::expiresAt)
                .map(expiry -> !now.isBefore(expiry))
                .orElse(false);
    }

    public Optional<Proposal> openProposal() {
        return proposals.stream().filter(p -> p.status() == ProposalStatus.OPEN).findFirst();
    }

    /** The partner the customer accepted, once it did. */
    public Optional<OrganisationId> partner() {
        return proposals.stream().filter(p -> p.status() == ProposalStatus.ACCEPTED).map(Proposal::partner)
                .findFirst();
    }

    public Optional<String> partnerName() {
        return proposals.stream().filter(p -> p.status() == ProposalStatus.ACCEPTED).map(Proposal::partnerName)
                .findFirst();
    }

    private Proposal requireOpen(Instant at) {
        if (isExpiredAt(at)) {
            throw new DomainException("This proposal expired: it was not answered within 14 days");
        }
        return openProposal().orElseThrow(() -> new DomainException("No partner is waiting for an answer"));
    }

    private void requireStatus(MatchStatus expected, String message) {
        if (status != expected) {
            throw new DomainException(message + "; this match is " + status.label().toLowerCase());
        }
    }

    private static void requireStaff(Role role, String what) {
        if (!role.isProviderStaff()) {
            throw new DomainException("Only an engineer or program manager may " + what);
        }
    }

    private static void requireCustomer(Role role, String what) {
        if (role != Role.CUSTOMER) {
            throw new DomainException("Only the customer may " + what);
        }
    }

    private List<Proposal> replace(Proposal old, Proposal replacement) {
        return replaceIn(proposals, old, replacement);
    }

    private static List<Proposal> replaceIn(List<Proposal> list, Proposal old, Proposal replacement) {
        return list.stream().map(p -> p.equals(old) ? replacement : p).toList();
    }

    private PartnerMatch next(MatchStatus to, List<Proposal> newProposals, @Nullable UserId by, Instant at,
                              String reason) {
        List<MatchTransition> history = new ArrayList<>(transitions);
        history.add(new MatchTransition(by, at, status, to, reason));
        return new PartnerMatch(id, version, engagementId, workloads, preferredType, note, requestedBy, requestedAt,
                to, newProposals, history);
    }
}
