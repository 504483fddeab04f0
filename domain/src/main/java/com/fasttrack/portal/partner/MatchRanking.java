package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Candidates of a request ranked by {@link MatchScore}, and the partners excluded with the reason why. */
public record MatchRanking(List<Ranked> ranked, List<Excluded> excluded) {

    /** A candidate with its score. */
    public record Ranked(PartnerCandidate candidate, MatchScore score) {
    }

    /** A partner that cannot be proposed, and why. */
    public record Excluded(PartnerCandidate candidate, String reason) {
    }

    static final Comparator<Ranked> ORDER = Comparator
            .comparingInt((Ranked r) -> -r.score().total())
            .thenComparing(r -> r.candidate().name(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(r -> r.candidate().profile().organisationId().value());

    public MatchRanking {
        ranked = List.copyOf(ranked);
        excluded = List.copyOf(excluded);
    }

    public static MatchRanking rank(List<PartnerCandidate> partners, Set<WorkloadCode> requested,
                                    Region customerRegion, @Nullable PartnerType preferredType) {
        List<Ranked> ranked = new ArrayList<>();
        List<Excluded> excluded = new ArrayList<>();
        for (PartnerCandidate partner : partners) {
            exclusionReason(partner, customerRegion).ifPresentOrElse(
                    reason -> excluded.add(new Excluded(partner, reason)),
                    () -> ranked.add(new Ranked(partner, MatchScore.of(partner, requested, customerRegion,
                            preferredType))));
        }
        ranked.sort(ORDER);
        excluded.sort(Comparator.comparing((Excluded e) -> e.candidate().name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(e -> e.candidate().profile().organisationId().value()));
        return new MatchRanking(ranked, excluded);
    }

    /** Why a partner cannot be proposed for a customer in this region, if it cannot. */
    public static java.util.Optional<String> exclusionReason(PartnerCandidate partner, Region customerRegion) {
        if (!partner.profile().serves(customerRegion)) {
            return java.util.Optional.of("Does not serve " + customerRegion.displayName());
        }
        if (partner.isFull()) {
            return java.util.Optional.of("No free capacity (" + partner.activeEngagements() + " of "
                    + partner.profile().capacity() + " engagements)");
        }
        return java.util.Optional.empty();
    }
}
