package com.fasttrack.portal.blocker;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;

import java.util.List;
import java.util.Optional;

/**
 * The port to blockers. Reads take the scope: outside it nothing is found, and customers and partners never
 * get an internal blocker, not even in a count.
 */
public interface Blockers {

    Blocker save(Blocker blocker);

    Optional<Blocker> find(BlockerId id, EngagementScope scope);

    /** The engagement's blockers: open first, then by severity and age. */
    List<Blocker> of(EngagementId engagement, EngagementScope scope, BlockerFilter filter, PageRequest page);

    long count(EngagementId engagement, EngagementScope scope, BlockerFilter filter);

    /** One page of {@link #of} with the total of the filter, in one statement. */
    Slice<Blocker> page(EngagementId engagement, EngagementScope scope, BlockerFilter filter, PageRequest page);

    /**
     * How many of the engagement's blockers are open as the scope sees them: a customer's or partner's count leaves
     * the internal ones out, so what it is shown (the "blockers removed" tick) follows from what it may see.
     */
    long openCount(EngagementId engagement, EngagementScope scope);

    /** Every open blocker of the engagement, whatever its visibility: for the engagement's own rules. */
    List<Blocker> openOf(EngagementId engagement);
}
