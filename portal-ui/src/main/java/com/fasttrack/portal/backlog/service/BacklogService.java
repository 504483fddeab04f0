package com.fasttrack.portal.backlog.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.AssigneeNotOnEngagementException;
import com.fasttrack.portal.backlog.BacklogBoard;
import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItemAdded;
import com.fasttrack.portal.backlog.BacklogItemChanged;
import com.fasttrack.portal.backlog.BacklogItemId;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.FirstBacklog;
import com.fasttrack.portal.backlog.ReleaseProgress;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;
import com.fasttrack.portal.shared.StaleVersionException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engagement's release and iteration backlog: the provider's staff plan it; partners move the items assigned
 * to their organisation; customers follow it.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class BacklogService {

    private final BacklogItems items;
    private final PartnerMatches matches;
    private final WorkloadCatalogue catalogue;
    private final UserAccounts users;
    private final EngagementAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BacklogService(BacklogItems items, PartnerMatches matches, WorkloadCatalogue catalogue, UserAccounts users,
                   EngagementAccess access, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.items = items;
        this.matches = matches;
        this.catalogue = catalogue;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BacklogItem> of(EngagementId engagement, BacklogFilter filter, PageRequest page) {
        access.load(engagement);
        return items.of(engagement, access.scope(), filter, page);
    }

    /**
     * One page of the engagement's items with the total of the filter: one statement, scoped in SQL, so an id
     * outside the scope reads as an engagement without backlog (decision 025).
     */
    @Transactional(readOnly = true)
    public Slice<BacklogItem> page(EngagementId engagement, BacklogFilter filter, PageRequest page) {
        return items.page(engagement, access.scope(), filter, page);
    }

    /**
     * The tab's read: progress per release and one page of the filtered items with their total, in one statement
     * scoped in SQL (decision 025).
     */
    @Transactional(readOnly = true)
    public BacklogBoard board(EngagementId engagement, BacklogFilter filter, PageRequest page) {
        return items.board(engagement, access.scope(), filter, page);
    }

    @Transactional(readOnly = true)
    public long count(EngagementId engagement, BacklogFilter filter) {
        access.load(engagement);
        return items.count(engagement, access.scope(), filter);
    }

    /** Progress per release; scoped in SQL (one statement). */
    @Transactional(readOnly = true)
    public List<ReleaseProgress> progress(EngagementId engagement) {
        return items.progress(engagement, access.scope());
    }

    /** The people an item can be assigned to: the stakeholders, the settled partner, the engineers. */
    @Transactional(readOnly = true)
    public List<Assignee> assignees(EngagementId id) {
        return assignees(access.load(id));
    }

    private List<Assignee> assignees(Engagement engagement) {
        EngagementId id = engagement.id();
        List<Assignee> choices = new ArrayList<>();
        engagement.stakeholders().forEach(s -> choices.add(Assignee.customerPerson(s.name())));
        settled(id).ifPresent(match -> choices.add(Assignee.partner(match.partner().orElseThrow(),
                match.partnerName().orElseThrow())));
        users.findByIds(engagement.engineers()).stream()
                .sorted(java.util.Comparator.comparing(UserAccount::displayName))
                .forEach(engineer -> choices.add(Assignee.engineer(engineer.id(), engineer.displayName())));
        return choices;
    }

    /** The engagement's workloads (catalogue order), which items are for. */
    @Transactional(readOnly = true)
    public List<WorkloadArea> workloads(EngagementId id) {
        Engagement engagement = access.load(id);
        return catalogue.all().stream().filter(area -> engagement.workloads().contains(area.code())).toList();
    }

    public BacklogItem create(EngagementId id, BacklogDraft draft) {
        Engagement engagement = access.loadFor(Capability.PLAN_BACKLOG, id);
        BacklogItem item = items.save(BacklogItem.create(id, engagement.workloads(), draft.title(), require(draft),
                onEngagement(engagement, draft), draft.release(), draft.iteration(), draft.estimate(), now()));
        added(item);
        return item;
    }

    public BacklogItem edit(BacklogItemId itemId, long version, BacklogDraft draft) {
        BacklogItem item = find(itemId, version);
        Engagement engagement = access.loadFor(Capability.PLAN_BACKLOG, item.engagementId());
        return changed(item, save(item.edit(engagement.workloads(), draft.title(), require(draft),
                onEngagement(engagement, draft), draft.release(), draft.iteration(), draft.estimate(),
                draft.status() == null ? item.status() : draft.status())));
    }

    /** Staff move any item; a partner's user only items assigned to its organisation; customers none. */
    public BacklogItem changeStatus(BacklogItemId itemId, long version, BacklogStatus status) {
        BacklogItem item = find(itemId, version);
        Engagement engagement = access.load(item.engagementId());
        PortalUser user = access.user();
        if (user.role() == Role.PARTNER) {
            return changed(item, save(item.changeStatusAsPartner(user.organisationId().orElseThrow(), status)));
        }
        if (!access.capabilities(engagement).contains(Capability.PLAN_BACKLOG)) {
            throw new AccessDeniedException("Only the engagement's engineers and partners move backlog items");
        }
        return changed(item, save(item.changeStatus(status)));
    }

    /** Whether a first backlog can be drafted: staff, a settled partner and no items yet. */
    @Transactional(readOnly = true)
    public boolean canDraftFirstBacklog(EngagementId id) {
        Engagement engagement = access.load(id);
        return access.capabilities(engagement).contains(Capability.PLAN_BACKLOG) && settled(id).isPresent()
                && items.count(id, access.scope(), BacklogFilter.none()) == 0;
    }

    /** Drafts a first backlog from the engagement's workloads, assigned to the settled partner. */
    public List<BacklogItem> draftFirstBacklog(EngagementId id) {
        Engagement engagement = access.loadFor(Capability.PLAN_BACKLOG, id);
        PartnerMatch match = settled(id)
                .orElseThrow(() -> new DomainException("A first backlog needs an accepted or engaged partner"));
        List<WorkloadArea> workloads = catalogue.all().stream()
                .filter(area -> engagement.workloads().contains(area.code())).toList();
        List<BacklogItem> drafted = FirstBacklog.draft(id, workloads, match,
                items.count(id, access.scope(), BacklogFilter.none()), now()).stream().map(items::save).toList();
        drafted.forEach(this::added);
        return drafted;
    }

    private Optional<PartnerMatch> settled(EngagementId id) {
        return matches.active(id).filter(m -> m.status().givesPartnerAccess());
    }

    private BacklogItem find(BacklogItemId id, long version) {
        BacklogItem item = items.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Backlog item"));
        if (item.version() != version) {
            throw new StaleVersionException("backlog item");
        }
        return item;
    }

    private BacklogItem save(BacklogItem item) {
        try {
            return items.save(item);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new StaleVersionException("backlog item");
        }
    }

    private static com.fasttrack.portal.engagement.WorkloadCode require(BacklogDraft draft) {
        if (draft.workload() == null) {
            throw new DomainException("Workload is required");
        }
        return draft.workload();
    }

    /** The draft's assignee as the engagement knows it now (current name), or refused if not one of its people. */
    private Assignee onEngagement(Engagement engagement, BacklogDraft draft) {
        Assignee wanted = draft.assignee();
        if (wanted == null) {
            throw new DomainException("Assignee is required");
        }
        return assignees(engagement).stream().filter(wanted::sameAs).findFirst()
                .orElseThrow(() -> new AssigneeNotOnEngagementException(wanted));
    }

    private void added(BacklogItem item) {
        events.publishEvent(new BacklogItemAdded(item, access.actor(), now()));
    }

    private BacklogItem changed(BacklogItem before, BacklogItem after) {
        events.publishEvent(new BacklogItemChanged(before, after, access.actor(), now()));
        return after;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
