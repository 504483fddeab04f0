package com.fasttrack.portal.partner;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;

import java.util.List;
import java.util.Optional;

/** The port to the partner directory. */
public interface Partners {

    PartnerProfile save(PartnerProfile profile);

    Optional<PartnerCandidate> find(OrganisationId partner);

    /**
     * The partner with its load counted after taking a lock on its profile, held until the caller's transaction
     * ends: acceptances of one partner queue here, so each sees the others' committed matches.
     */
    Optional<PartnerCandidate> lockForAcceptance(OrganisationId partner);

    /** The directory, filtered and paged in the database; each entry with its current load. */
    List<PartnerCandidate> list(PartnerFilter filter, PageRequest page);

    long count(PartnerFilter filter);

    /** {@link #list} and {@link #count} together, in one statement. */
    PageResult<PartnerCandidate> page(PartnerFilter filter, PageRequest page);

    /** Partners that serve the region and have free capacity (both decided in SQL), at most {@code limit}. */
    List<PartnerCandidate> candidates(Region region, int limit);

    /** Partners that do not serve the region or are full, at most {@code limit}: shown with the reason. */
    List<PartnerCandidate> excluded(Region region, int limit);
}
