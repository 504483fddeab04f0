package com.fasttrack.portal.blocker.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.BlockerId;
import com.fasttrack.portal.blocker.BlockerRaised;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.BlockerStatusChanged;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementMembers;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Blockers: either side raises them; the engagement's people move them on; closing needs a resolution note.
 * Customers and partners never see, count or raise internal blockers.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class BlockerService {

    private final Blockers blockers;
    private final EngagementAccess access;
    private final EngagementMembers members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BlockerService(Blockers blockers, EngagementAccess access, EngagementMembers members,
                   ApplicationEventPublisher events, Clock clock) {
        this.blockers = blockers;
        this.access = access;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** The people on the engagement who can own a blocker with their account (and are notified when they do). */
    @Transactional(readOnly = true)
    public List<EngagementMembers.Member> ownerChoices(EngagementId engagement) {
        access.load(engagement);
        return members.of(engagement);
    }

    @Transactional(readOnly = true)
    public List<Blocker> of(EngagementId engagement, BlockerFilter filter, PageRequest page) {
        access.load(engagement);
        return blockers.of(engagement, access.scope(), filter, page);
    }

    /**
     * One page of the engagement's blockers with the total of the filter: one statement, scoped in SQL (internal
     * ones left out for customers and partners), so an id outside the scope reads as one without blockers.
     */
    @Transactional(readOnly = true)
    public Slice<Blocker> page(EngagementId engagement, BlockerFilter filter, PageRequest page) {
        return blockers.page(engagement, access.scope(), filter, page);
    }

    @Transactional(readOnly = true)
    public long count(EngagementId engagement, BlockerFilter filter) {
        access.load(engagement);
        return blockers.count(engagement, access.scope(), filter);
    }

    public Blocker raise(EngagementId id, BlockerDraft draft) {
        Engagement engagement = access.load(id);
        PortalUser user = access.user();
        if (draft.severity() == null) {
            throw new DomainException("Severity is required");
        }
        Visibility visibility = draft.visibility() == null ? Visibility.SHARED : draft.visibility();
        if (visibility == Visibility.INTERNAL && !user.role().isProviderStaff()) {
            throw new AccessDeniedException("Only the provider's staff raise internal blockers");
        }
        if (user.role() == Role.ENGINEER && !engagement.isAssigned(user.id())) {
            throw new AccessDeniedException("Not an engineer of this engagement");
        }
        requireOwnerFits(id, draft.ownerUser(), visibility);
        Blocker blocker = blockers.save(Blocker.raise(id, draft.title(), draft.description(), draft.severity(),
                draft.owner(), draft.ownerUser(), draft.dueDate(), visibility, user.id(), now(),
                LocalDate.now(clock)));
        events.publishEvent(new BlockerRaised(blocker, access.actor(), now()));
        return blocker;
    }

    /** An owner's account is someone on the engagement, and of the provider's staff when the blocker is internal. */
    private void requireOwnerFits(EngagementId id, @Nullable UserId ownerUser, Visibility visibility) {
        if (ownerUser == null) {
            return;
        }
        EngagementMembers.Member owner = members.of(id).stream().filter(m -> m.id().equals(ownerUser)).findFirst()
                .orElseThrow(() -> new DomainException("The owner's account is not on this engagement"));
        if (visibility == Visibility.INTERNAL && !owner.role().isProviderStaff()) {
            throw new DomainException("An internal blocker can only be assigned to the provider's staff");
        }
    }

    public Blocker changeStatus(BlockerId id, long version, BlockerStatus status, @Nullable String note) {
        Blocker blocker = blockers.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Blocker"));
        access.loadFor(Capability.CHANGE_BLOCKERS, blocker.engagementId());
        if (blocker.version() != version) {
            throw new DomainException("Someone else changed this blocker meanwhile; reload and try again");
        }
        Blocker changed;
        try {
            changed = blockers.save(blocker.changeStatus(status, note, now()));
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new DomainException("Someone else changed this blocker meanwhile; reload and try again");
        }
        events.publishEvent(new BlockerStatusChanged(blocker, changed, access.actor(), now()));
        return changed;
    }

    /** Whether the blocker is escalated right now. */
    public boolean escalated(Blocker blocker) {
        return blocker.isEscalated(now(), LocalDate.now(clock));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
