package com.fasttrack.portal.partner;

import com.fasttrack.portal.organisation.OrganisationId;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One partner an engineer proposed, with the score it had then; the customer sees one proposal at a time, in the
 * engineer's order, and has {@link #ANSWER_WITHIN} to answer it.
 */
public record Proposal(OrganisationId partner, String partnerName, int score, String breakdown, ProposalStatus status,
                       @Nullable Instant openedAt, @Nullable Instant decidedAt, String reason) {

    public static final Duration ANSWER_WITHIN = Duration.ofDays(14);

    public Proposal {
        Objects.requireNonNull(partner, "partner");
        Objects.requireNonNull(partnerName, "partnerName");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        if (status == ProposalStatus.OPEN && openedAt == null) {
            throw new IllegalArgumentException("An open proposal has an opening time");
        }
    }

    static Proposal queued(MatchRanking.Ranked ranked) {
        return new Proposal(ranked.candidate().profile().organisationId(), ranked.candidate().name(),
                ranked.score().total(), ranked.score().explain(), ProposalStatus.QUEUED, null, null, "");
    }

    Proposal open(Instant at) {
        return new Proposal(partner, partnerName, score, breakdown, ProposalStatus.OPEN, at, null, "");
    }

    Proposal decide(ProposalStatus decision, Instant at, String why) {
        return new Proposal(partner, partnerName, score, breakdown, decision, openedAt, at, why);
    }

    /** When an open proposal expires unanswered. */
    public @Nullable Instant expiresAt() {
        return status == ProposalStatus.OPEN && openedAt != null ? openedAt.plus(ANSWER_WITHIN) : null;
    }
}
