package com.fasttrack.portal.backlog;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;

import java.util.List;
import java.util.Optional;

/** The port to backlog items; reads take the scope, so an engagement outside it has no backlog. */
public interface BacklogItems {

    BacklogItem save(BacklogItem item);

    Optional<BacklogItem> find(BacklogItemId id, EngagementScope scope);

    /** The engagement's items ordered by release, iteration, then title. */
    List<BacklogItem> of(EngagementId engagement, EngagementScope scope, BacklogFilter filter, PageRequest page);

    long count(EngagementId engagement, EngagementScope scope, BacklogFilter filter);

    /** One page of {@link #of} with the total of the filter, in one statement. */
    Slice<BacklogItem> page(EngagementId engagement, EngagementScope scope, BacklogFilter filter, PageRequest page);

    /** Progress per release, in release order. */
    List<ReleaseProgress> progress(EngagementId engagement, EngagementScope scope);

    /** The progress of every release and one page of the filtered items with their total, in one statement. */
    BacklogBoard board(EngagementId engagement, EngagementScope scope, BacklogFilter filter, PageRequest page);
}
