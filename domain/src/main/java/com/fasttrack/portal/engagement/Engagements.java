package com.fasttrack.portal.engagement;

import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;

import java.util.List;
import java.util.Optional;

/** The port through which engagements are stored and found, always within a scope. */
public interface Engagements {

    /** Stores the engagement; refused when its version is stale. Returns it with its new version. */
    Engagement save(Engagement engagement);

    /** The engagement if it exists and lies within the scope; otherwise empty, whichever the reason. */
    Optional<Engagement> find(EngagementId id, EngagementScope scope);

    /** One page of the engagements within the scope that match the filter; sorting and paging in SQL. */
    List<EngagementSummary> list(EngagementFilter filter, EngagementScope scope, PageRequest page);

    long count(EngagementFilter filter, EngagementScope scope);

    /** {@link #list} and {@link #count} together, as one statement: what a lazy grid asks for its first page. */
    PageResult<EngagementSummary> page(EngagementFilter filter, EngagementScope scope, PageRequest page);
}
