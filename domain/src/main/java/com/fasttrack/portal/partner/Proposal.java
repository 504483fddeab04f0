package com.fasttrack.portal.partner;

import com.fasttrack.portal.organisation.OrganisationId;

import com.fasttrack.portal.shared.Require;

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
    public static final int PARTNER_NAME_MAX = 200;
    public static final int BREAKDOWN_MAX = 200;
    public static final int REASON_MAX = PartnerMatch.REASON_MAX;

    public Proposal {
        Objects.requireNonNull(partner, "partner");
        partnerName = Require.nonBlank(partnerName, "Partner name", PARTNER_NAME_MAX);
        breakdown = Require.line(breakdown, "Score breakdown", BREAKDOWN_MAX);
        Objects.requireNonNull(status, "status");
        reason = Require.text(reason, "Reason", REASON_MAX);
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
