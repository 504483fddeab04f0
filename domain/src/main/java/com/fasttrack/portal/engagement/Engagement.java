package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The engagement record a customer and the provider's engineers work on together. It guards its own rules:
 * workloads must be available in the customer's region, a phase advances only when its checklist is complete
 * (or by a program manager's override with a reason), and it completes only with no open blockers.
 */
public final class Engagement {

    public static final int TITLE_MAX = 200;
    public static final int GOAL_MAX = 4000;
    public static final int NOTE_MAX = 4000;
    public static final int OVERRIDE_REASON_MAX = 1000;
    /** The field a refused production date of the proof of concept names. */
    public static final String POC_GO_LIVE_FIELD = "Proof of concept in production on";

    private final EngagementId id;
    private final long version;
    private final OrganisationId customerId;
    private final Instant createdAt;
    private String title;
    private String goal;
    private PartnershipOption option;
    private final Set<WorkloadCode> workloads = new LinkedHashSet<>();
    private final Set<UserId> engineers = new LinkedHashSet<>();
    private final List<Stakeholder> stakeholders = new ArrayList<>();
    private EngagementStatus status;
    private Phase phase;
    private final Map<Phase, LocalDate> plannedEnds = new EnumMap<>(Phase.class);
    private @Nullable LocalDate targetGoLive;
    private @Nullable LocalDate pocGoLive;
    private String assessmentNote;
    private final Set<ChecklistItem> ticked = EnumSet.noneOf(ChecklistItem.class);
    private final List<PhaseTransition> transitions = new ArrayList<>();
    private @Nullable Integer cadenceDays;

    private Engagement(EngagementState state) {
        this.id = state.id();
        this.version = state.version();
        this.customerId = state.customerId();
        this.createdAt = state.createdAt();
        this.title = Require.nonBlank(state.title(), "Title", TITLE_MAX);
        this.goal = limit(state.goal(), "Goal / vision", GOAL_MAX);
        this.option = Objects.requireNonNull(state.option(), "option");
        this.workloads.addAll(state.workloads());
        this.engineers.addAll(state.engineers());
        this.stakeholders.addAll(state.stakeholders());
        this.status = state.status();
        this.phase = state.phase();
        this.plannedEnds.putAll(state.plannedEnds());
        this.targetGoLive = state.targetGoLive();
        this.pocGoLive = state.pocGoLive();
        this.assessmentNote = limit(state.assessmentNote(), "Assessment note", NOTE_MAX);
        this.ticked.addAll(state.ticked());
        this.transitions.addAll(state.transitions());
        this.cadenceDays = state.cadenceDays();
    }

    /** A new engagement in Discovery for a customer organisation. */
    public static Engagement create(Organisation customer, String title, String goal, PartnershipOption option,
                                    Collection<WorkloadArea> workloads, LocalDate today, Instant now) {
        if (customer.kind() != OrganisationKind.CUSTOMER) {
            throw new DomainException("An engagement is for a customer organisation; " + customer.name()
                    + " is a partner");
        }
        Engagement engagement = new Engagement(new EngagementState(EngagementId.random(), 0, customer.id(), title,
                goal, option, Set.of(), Set.of(), List.of(), EngagementStatus.ACTIVE, Phase.DISCOVERY, Map.of(),
                null, null, "", Set.of(), List.of(), now, null));
        engagement.changeWorkloads(workloads, customer.homeRegion(), today);
        return engagement;
    }

    public static Engagement restore(EngagementState state) {
        return new Engagement(state);
    }

    public EngagementState state() {
        return new EngagementState(id, version, customerId, title, goal, option, workloads, engineers, stakeholders,
                status, phase, plannedEnds, targetGoLive, pocGoLive, assessmentNote, ticked, transitions, createdAt,
                cadenceDays);
    }

    // --- fields ---

    public void rename(String newTitle) {
        requireOpen();
        this.title = Require.nonBlank(newTitle, "Title", TITLE_MAX);
    }

    public void describeGoal(String newGoal) {
        requireOpen();
        this.goal = limit(newGoal, "Goal / vision", GOAL_MAX);
    }

    public void choose(PartnershipOption newOption) {
        requireOpen();
        this.option = Objects.requireNonNull(newOption, "option");
    }

    /**
     * Replaces the workloads; each must be available (or in preview) in the customer's region on that day,
     * otherwise the change is refused with a message naming the workload and the region.
     */
    public void changeWorkloads(Collection<WorkloadArea> areas, Region customerRegion, LocalDate today) {
        requireOpen();
        for (WorkloadArea area : areas) {
            RegionalAvailability availability = area.in(customerRegion);
            if (availability.on(today) == Availability.UNAVAILABLE) {
                String when = availability.status() != Availability.UNAVAILABLE && availability.availableFrom() != null
                        ? " before " + availability.availableFrom() : "";
                throw new WorkloadUnavailableException(area.name() + " is not available in " + customerRegion.displayName()
                        + when);
            }
        }
        workloads.clear();
        areas.forEach(area -> workloads.add(area.code()));
    }

    public void assignEngineers(Collection<UserId> newEngineers) {
        requireOpen();
        engineers.clear();
        engineers.addAll(newEngineers);
    }

    /** Plans (or, with null, unplans) one phase's end; the planned ends must stay in phase order. */
    public void planPhaseEnd(Phase of, @Nullable LocalDate plannedEnd) {
        Map<Phase, LocalDate> planned = new EnumMap<>(plannedEnds);
        if (plannedEnd == null) {
            planned.remove(of);
        } else {
            planned.put(of, plannedEnd);
        }
        planPhaseEnds(planned);
    }

    /**
     * Replaces the planned phase ends at once (so that moving them all later is not refused half-way): each lies on
     * or after the planned end of every earlier phase. Unchanged plans are kept as they are.
     */
    public void planPhaseEnds(Map<Phase, LocalDate> planned) {
        requireOpen();
        if (planned.equals(plannedEnds)) {
            return;
        }
        Phase previous = null;
        for (Phase phase : Phase.values()) {
            LocalDate end = planned.get(phase);
            if (end == null) {
                continue;
            }
            if (previous != null && end.isBefore(planned.get(previous))) {
                throw new DomainException("Planned ends follow the phases: the end of " + phase.label() + " (" + end
                        + ") cannot be before the end of " + previous.label() + " (" + planned.get(previous) + ")",
                        "Planned end of " + phase.label());
            }
            previous = phase;
        }
        plannedEnds.clear();
        plannedEnds.putAll(planned);
    }

    /**
     * Sets the target go-live; it cannot lie before the day the engagement started ({@code zone} says which day
     * that was). An unchanged date is kept as it is.
     */
    public void setTargetGoLive(@Nullable LocalDate date, ZoneId zone) {
        requireOpen();
        if (Objects.equals(date, targetGoLive)) {
            return;
        }
        LocalDate started = startedOn(zone);
        if (date != null && date.isBefore(started)) {
            throw new DomainException("The target go-live cannot be before the engagement started (" + started + ")",
                    "Target go-live");
        }
        this.targetGoLive = date;
    }

    /**
     * Records the day the proof of concept went to production (completes that checklist item); that day has come:
     * it cannot lie after {@code today}. An unchanged date is kept as it is.
     */
    public void recordPocGoLive(@Nullable LocalDate date, LocalDate today) {
        requireOpen();
        if (Objects.equals(date, pocGoLive)) {
            return;
        }
        if (date != null && date.isAfter(today)) {
            throw new DomainException("The proof of concept cannot be in production before it happened: " + date
                    + " is after today (" + today + ")", POC_GO_LIVE_FIELD);
        }
        this.pocGoLive = date;
    }

    /** The day the engagement was opened, in the portal's zone. */
    public LocalDate startedOn(ZoneId zone) {
        return LocalDate.ofInstant(createdAt, zone);
    }

    public void writeAssessment(String note) {
        requireOpen();
        this.assessmentNote = limit(note, "Assessment note", NOTE_MAX);
    }

    /** Sets how often the engagement checks in; null returns to the phase's default. */
    public void changeCadence(@Nullable Cadence cadence) {
        requireOpen();
        this.cadenceDays = cadence == null ? null : cadence.days();
    }

    /** The check-in cadence: the engineers' choice, or the current phase's default. */
    public Cadence cadence() {
        return cadenceDays == null ? Cadence.defaultFor(phase) : new Cadence(cadenceDays);
    }

    public boolean cadenceIsDefault() {
        return cadenceDays == null;
    }

    // --- stakeholders ---

    public Stakeholder addStakeholder(String name, @Nullable String email, StakeholderRole role,
                                      @Nullable UserId user) {
        requireOpen();
        Stakeholder stakeholder = new Stakeholder(StakeholderId.random(), name, email, role, user);
        stakeholders.add(stakeholder);
        return stakeholder;
    }

    public void removeStakeholder(StakeholderId stakeholder) {
        requireOpen();
        if (!stakeholders.removeIf(s -> s.id().equals(stakeholder))) {
            throw new DomainException("That stakeholder is not on this engagement");
        }
    }

    // --- checklist and phases ---

    /** The checklist of a phase as it stands; {@code openBlockers} decides "blockers removed". */
    public List<ChecklistEntry> checklist(Phase of, int openBlockers) {
        return of.checklist().stream().map(item -> new ChecklistEntry(item, isDone(item, openBlockers))).toList();
    }

    private boolean isDone(ChecklistItem item, int openBlockers) {
        return switch (item) {
            case STAKEHOLDERS_IDENTIFIED -> hasStakeholder(StakeholderRole.EXECUTIVE_SPONSOR)
                    && hasStakeholder(StakeholderRole.TECHNICAL_LEAD);
            case GOAL_DOCUMENTED -> !goal.isBlank();
            case ARCHITECTURE_ASSESSED -> !assessmentNote.isBlank();
            case POC_IN_PRODUCTION -> pocGoLive != null;
            case BLOCKERS_REMOVED -> openBlockers == 0;
            default -> ticked.contains(item);
        };
    }

    private boolean hasStakeholder(StakeholderRole role) {
        return stakeholders.stream().anyMatch(s -> s.role() == role);
    }

    /** Ticks a manual item of the current phase off (or back on). */
    public void tick(ChecklistItem item, boolean done) {
        requireActive();
        if (item.derived()) {
            throw new DomainException("'" + item.label() + "' follows from the record and cannot be ticked by hand");
        }
        if (item.phase() != phase) {
            throw new DomainException("'" + item.label() + "' belongs to " + item.phase().label()
                    + ", not to the current phase " + phase.label());
        }
        if (done) {
            ticked.add(item);
        } else {
            ticked.remove(item);
        }
    }

    /**
     * Moves to the next phase. With an incomplete checklist only a program manager may, and only with a written
     * reason; the transition is kept either way.
     */
    public PhaseTransition advancePhase(UserId by, Role role, Instant at, @Nullable String overrideReason,
                                        int openBlockers) {
        requireActive();
        Phase next = phase.next().orElseThrow(() -> new DomainException(phase.label()
                + " is the last phase; complete the engagement instead"));
        String reason = gate(role, overrideReason, openBlockers);
        PhaseTransition transition = new PhaseTransition(phase, next, by, at, reason, reason != null);
        transitions.add(transition);
        phase = next;
        return transition;
    }

    /** Completes the engagement from its last phase; refused while any blocker is open. */
    public PhaseTransition complete(UserId by, Role role, Instant at, @Nullable String overrideReason,
                                    int openBlockers) {
        requireActive();
        if (phase.next().isPresent()) {
            throw new DomainException("An engagement completes from " + Phase.CONTINUOUS_PARTNERSHIP.label()
                    + "; it is in " + phase.label());
        }
        if (openBlockers > 0) {
            throw new DomainException("The engagement cannot be completed while " + openBlockers
                    + (openBlockers == 1 ? " blocker is" : " blockers are") + " open");
        }
        String reason = gate(role, overrideReason, openBlockers);
        PhaseTransition transition = new PhaseTransition(phase, null, by, at, reason, reason != null);
        transitions.add(transition);
        status = EngagementStatus.COMPLETED;
        return transition;
    }

    /** Null when the checklist is complete; the override reason when a program manager overrides it. */
    private @Nullable String gate(Role role, @Nullable String overrideReason, int openBlockers) {
        List<String> missing = checklist(phase, openBlockers).stream().filter(entry -> !entry.done())
                .map(entry -> entry.item().label()).toList();
        if (missing.isEmpty()) {
            return null;
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new DomainException("The " + phase.label() + " checklist is incomplete: "
                    + String.join("; ", missing) + ". A program manager may override the gate with a reason.");
        }
        if (role != Role.PROGRAM_MANAGER) {
            throw new DomainException("Only a program manager may override an incomplete " + phase.label()
                    + " checklist");
        }
        return Require.nonBlankText(overrideReason, "Override reason", OVERRIDE_REASON_MAX);
    }

    public void putOnHold() {
        requireActive();
        status = EngagementStatus.ON_HOLD;
    }

    public void resume() {
        if (status != EngagementStatus.ON_HOLD) {
            throw new DomainException("Only an engagement on hold can be resumed");
        }
        status = EngagementStatus.ACTIVE;
    }

    public void cancel() {
        requireOpen();
        status = EngagementStatus.CANCELLED;
    }

    private void requireOpen() {
        if (status.isFinal()) {
            throw new DomainException("This engagement is " + status.label().toLowerCase() + " and can no longer change");
        }
    }

    private void requireActive() {
        requireOpen();
        if (status != EngagementStatus.ACTIVE) {
            throw new DomainException("This engagement is " + status.label().toLowerCase()
                    + "; resume it before moving it on");
        }
    }

    private static String limit(@Nullable String text, String field, int max) {
        return Require.text(text, field, max);
    }

    // --- reads ---

    public EngagementId id() {
        return id;
    }

    public long version() {
        return version;
    }

    public OrganisationId customerId() {
        return customerId;
    }

    public String title() {
        return title;
    }

    public String goal() {
        return goal;
    }

    public PartnershipOption option() {
        return option;
    }

    public Set<WorkloadCode> workloads() {
        return Set.copyOf(workloads);
    }

    public Set<UserId> engineers() {
        return Set.copyOf(engineers);
    }

    public boolean isAssigned(UserId engineer) {
        return engineers.contains(engineer);
    }

    public List<Stakeholder> stakeholders() {
        return List.copyOf(stakeholders);
    }

    public EngagementStatus status() {
        return status;
    }

    public Phase phase() {
        return phase;
    }

    public Map<Phase, LocalDate> plannedEnds() {
        return Map.copyOf(plannedEnds);
    }

    public @Nullable LocalDate targetGoLive() {
        return targetGoLive;
    }

    public @Nullable LocalDate pocGoLive() {
        return pocGoLive;
    }

    public String assessmentNote() {
        return assessmentNote;
    }

    public List<PhaseTransition> transitions() {
        return List.copyOf(transitions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Engagement engagement && engagement.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Engagement[" + id + ", " + title + ", " + phase + ", " + status + "]";
    }

}
