package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.EngagementCustomers;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementCreated;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementOutline;
import com.fasttrack.portal.engagement.EngagementOutlines;
import com.fasttrack.portal.engagement.EngagementRecordChanged;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.StakeholderId;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

/**
 * The engagement record's transaction and security boundary: every read and write loads the engagement within
 * the current user's scope (a foreign id is "not found"), checks what the role may change, lets the aggregate
 * apply its rules and stores it on the version the user saw.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class EngagementService {

    private final Engagements engagements;
    private final EngagementOutlines outlines;
    private final Organisations organisations;
    private final EngagementCustomers customers;
    private final EngagementDetailsReader detailsReader;
    private final EngagementReferences references;
    private final EngagementAccess access;
    private final Blockers blockers;
    private final EngagementConflicts conflicts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementService(Engagements engagements, EngagementOutlines outlines, Organisations organisations,
                      EngagementCustomers customers,
                      EngagementDetailsReader detailsReader,
                      EngagementReferences references, EngagementAccess access, Blockers blockers,
                      EngagementConflicts conflicts, ApplicationEventPublisher events,
                      Clock clock) {
        this.engagements = engagements;
        this.outlines = outlines;
        this.organisations = organisations;
        this.customers = customers;
        this.detailsReader = detailsReader;
        this.references = references;
        this.access = access;
        this.blockers = blockers;
        this.conflicts = conflicts;
        this.events = events;
        this.clock = clock;
    }

    // --- reads ---

    @Transactional(readOnly = true)
    public List<EngagementSummary> list(EngagementFilter filter, PageRequest page) {
        return engagements.list(filter, scope(), page);
    }

    @Transactional(readOnly = true)
    public long count(EngagementFilter filter) {
        return engagements.count(filter, scope());
    }

    /** A page of the list with the number of all that match, read in one statement. */
    @Transactional(readOnly = true)
    public PageResult<EngagementSummary> page(EngagementFilter filter, PageRequest page) {
        return engagements.page(filter, scope(), page);
    }

    /**
     * The engagement's page, in one statement (decision 025); a missing id and one outside the user's scope are the
     * same "not found".
     */
    @Transactional(readOnly = true)
    public EngagementDetails details(EngagementId id) {
        EngagementScope scope = scope();
        EngagementOutline outline = outlines.find(id, scope).orElseThrow(() -> access.notFound(id));
        return detailsReader.read(outline, access.capabilities(outline.engagement()));
    }

    /** Customer organisations a new engagement can be for. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public List<Organisation> customers() {
        return organisations.searchByKind(OrganisationKind.CUSTOMER, "", PageRequest.of(0, PageRequest.MAX_LIMIT));
    }

    /** Active engineers who can be assigned. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public List<EngagementDetails.Person> engineers() {
        return references.activeEngineers();
    }

    /** The catalogue with each workload's availability in the customer's region today. */
    @Transactional(readOnly = true)
    public List<WorkloadChoice> workloadChoices(com.fasttrack.portal.organisation.OrganisationId customer) {
        // the answer reveals the organisation's region: only for customers the user may open or edit engagements for
        return references.choices(customers.homeRegion(customer, scope())
                .orElseThrow(() -> new NotFoundException("Organisation")), today());
    }

    /** The catalogue's workloads by name, for filters (read when a filter needs them, not with every list). */
    @Transactional(readOnly = true)
    public List<WorkloadName> workloadNames() {
        return references.catalogue().stream().map(area -> new WorkloadName(area.code(), area.name())).toList();
    }

    // --- writes ---

    /** Engineers (assigned to what they create) and program managers open engagements. */
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public EngagementId create(EngagementDraft draft) {
        PortalUser user = access.user();
        if (draft.customerId() == null) {
            throw new DomainException("Customer is required");
        }
        if (draft.option() == null) {
            throw new DomainException("Partnership option is required");
        }
        Organisation customer = organisations.findById(draft.customerId())
                .filter(org -> org.kind() == OrganisationKind.CUSTOMER)
                .orElseThrow(() -> new DomainException("Choose a customer organisation"));
        Engagement engagement = Engagement.create(customer, draft.title(), draft.goal(), draft.option(),
                references.workloads(draft.workloads()), today(), now());
        engagement.assignEngineers(references.engineers(user.role() == Role.ENGINEER
                ? union(draft.engineers(), user) : draft.engineers()));
        engagement.setTargetGoLive(draft.targetGoLive(), clock.getZone());
        engagement.planPhaseEnds(draft.plannedEnds());
        EngagementId id = engagements.save(engagement).id();
        events.publishEvent(new EngagementCreated(id, engagement.title(), customer.name(), access.actor(), now()));
        return id;
    }

    /**
     * Changes the engagement's fields (engineers assigned to it and program managers). On a stale version nothing is
     * saved and an {@link EngagementConflictException} tells who changed what.
     */
    public void update(EngagementId id, long version, EngagementDraft draft) {
        change(id, version, Capability.EDIT_DETAILS, engagement -> {
            Organisation customer = customerOf(engagement);
            engagement.rename(draft.title());
            engagement.describeGoal(draft.goal());
            if (draft.option() == null) {
                throw new DomainException("Partnership option is required");
            }
            engagement.choose(draft.option());
            engagement.changeWorkloads(references.workloads(draft.workloads()), customer.homeRegion(), today());
            engagement.setTargetGoLive(draft.targetGoLive(), clock.getZone());
            engagement.planPhaseEnds(draft.plannedEnds());
        });
    }

    /** The goal / vision text: customers may write it too. A stale version is an {@link EngagementConflictException}. */
    public void describeGoal(EngagementId id, long version, String goal) {
        change(id, version, Capability.EDIT_GOAL, engagement -> engagement.describeGoal(goal));
    }

    public void addStakeholder(EngagementId id, long version, String name, @Nullable String email,
                               StakeholderRole role) {
        change(id, version, Capability.EDIT_STAKEHOLDERS,
                engagement -> engagement.addStakeholder(name, email, role, null));
    }

    public void removeStakeholder(EngagementId id, long version, StakeholderId stakeholder) {
        change(id, version, Capability.EDIT_STAKEHOLDERS,
                engagement -> engagement.removeStakeholder(stakeholder));
    }

    public void writeAssessment(EngagementId id, long version, String note) {
        change(id, version, Capability.EDIT_DETAILS, engagement -> engagement.writeAssessment(note));
    }

    public void recordPocGoLive(EngagementId id, long version, @Nullable LocalDate date) {
        change(id, version, Capability.EDIT_DETAILS,
                engagement -> engagement.recordPocGoLive(date, today()));
    }

    public void tick(EngagementId id, long version, ChecklistItem item, boolean done) {
        change(id, version, Capability.MOVE_PHASE, engagement -> engagement.tick(item, done));
    }

    /** Moves to the next phase, or completes from the last; an incomplete checklist needs a PM's reason. */
    public void advance(EngagementId id, long version, @Nullable String overrideReason) {
        PortalUser user = access.user();
        change(id, version, Capability.MOVE_PHASE, engagement -> {
            if (engagement.phase().next().isPresent()) {
                engagement.advancePhase(user.id(), user.role(), now(), overrideReason, openBlockers(engagement));
            } else {
                engagement.complete(user.id(), user.role(), now(), overrideReason, openBlockers(engagement));
            }
        });
    }

    public void putOnHold(EngagementId id, long version) {
        change(id, version, Capability.MOVE_PHASE, Engagement::putOnHold);
    }

    public void resume(EngagementId id, long version) {
        change(id, version, Capability.MOVE_PHASE, Engagement::resume);
    }

    @PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
    public void cancel(EngagementId id, long version) {
        change(id, version, Capability.CANCEL, Engagement::cancel);
    }

    @PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
    public void assignEngineers(EngagementId id, long version, java.util.Set<com.fasttrack.portal.security.UserId> engineers) {
        change(id, version, Capability.ASSIGN_ENGINEERS,
                engagement -> engagement.assignEngineers(references.engineers(engineers)));
    }

    // --- internals ---

    /** Every change of the record: on the version the user saw, or a conflict naming who changed it since. */
    private void change(EngagementId id, long version, Capability needed, Consumer<Engagement> change) {
        Engagement engagement = load(id);
        access.require(needed, engagement);
        if (engagement.version() != version) {
            throw conflicts.of(id);
        }
        EngagementState before = engagement.state();
        change.accept(engagement);
        try {
            engagements.save(engagement);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            // another transaction saved between our read and our UPDATE, and has committed by now
            throw conflicts.of(id);
        }
        events.publishEvent(new EngagementRecordChanged(before, engagement.state(), access.actor(), now()));
    }

    private Engagement load(EngagementId id) {
        return access.load(id);
    }

    private Organisation customerOf(Engagement engagement) {
        return organisations.findById(engagement.customerId())
                .orElseThrow(() -> new IllegalStateException("Engagement without customer " + engagement.id()));
    }

    private EngagementScope scope() {
        return access.scope();
    }

    /** Every open blocker counts for the gate and completion, internal ones too. */
    private int openBlockers(Engagement engagement) {
        return blockers.openOf(engagement.id()).size();
    }

    private static java.util.Set<com.fasttrack.portal.security.UserId> union(
            java.util.Set<com.fasttrack.portal.security.UserId> chosen, PortalUser self) {
        java.util.Set<com.fasttrack.portal.security.UserId> all = new java.util.LinkedHashSet<>(chosen);
        all.add(self.id());
        return all;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
