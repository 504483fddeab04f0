package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port to partner matches. Callers load the engagement within the user's scope first; a partner is only ever
 * given {@link #engagedOn}, never the proposals of a match.
 */
public interface PartnerMatches {

    PartnerMatch save(PartnerMatch match);

    Optional<PartnerMatch> find(PartnerMatchId id, EngagementId engagement);

    /** The engagement's matches, newest first. */
    List<PartnerMatch> of(EngagementId engagement);

    /**
     * The engagement's matches, newest first, if it lies within the scope (otherwise none), with the names of the
     * people who took their steps; one statement.
     */
    Named ofWithin(EngagementId engagement, EngagementScope scope);

    /** Matches and the names of the people their history mentions. */
    record Named(List<PartnerMatch> matches, Map<UserId, String> people) {

        public Named {
            matches = List.copyOf(matches);
            people = Map.copyOf(people);
        }
    }

    /** The engagement's active match (requested, proposed, accepted or engaged), if any. */
    Optional<PartnerMatch> active(EngagementId engagement);

    /** The partner's accepted or engaged match on the engagement, if any. */
    Optional<PartnerMatch> engagedOn(EngagementId engagement, OrganisationId partner);

    /** Proposed matches whose open proposal was opened at or before {@code openedBefore}, at most {@code limit}. */
    List<PartnerMatch> proposedBefore(Instant openedBefore, int limit);
}
