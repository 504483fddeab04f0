package com.fasttrack.portal.checkin.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.access.LastChanges;
import com.fasttrack.portal.checkin.CadenceChanged;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInAcknowledged;
import com.fasttrack.portal.checkin.CheckInId;
import com.fasttrack.portal.checkin.CheckInRecorded;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;

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
import java.util.ArrayList;
import java.util.List;

/** Check-ins: engineers record them, customers acknowledge them; the internal note stays with the provider. */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class CheckInService {

    private final CheckIns checkIns;
    private final Engagements engagements;
    private final EngagementAccess access;
    private final UserAccounts users;
    private final LastChanges lastChanges;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CheckInService(CheckIns checkIns, Engagements engagements, EngagementAccess access, UserAccounts users,
                   LastChanges lastChanges, ApplicationEventPublisher events, Clock clock) {
        this.checkIns = checkIns;
        this.engagements = engagements;
        this.access = access;
        this.users = users;
        this.lastChanges = lastChanges;
        this.events = events;
        this.clock = clock;
    }

    /** One page of the engagement's check-ins, newest first, with people's names (one query for all names). */
    @Transactional(readOnly = true)
    public List<CheckInRow> of(EngagementId engagement, PageRequest page) {
        access.load(engagement);
        List<CheckIn> page0 = checkIns.of(engagement, access.scope(), page);
        java.util.Set<UserId> ids = new java.util.HashSet<>();
        page0.forEach(c -> {
            ids.add(c.recordedBy());
            if (c.acknowledgedBy() != null) {
                ids.add(c.acknowledgedBy());
            }
        });
        java.util.Map<UserId, String> names = users.findByIds(ids).stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::id, UserAccount::displayName));
        return page0.stream().map(c -> new CheckInRow(c, names.getOrDefault(c.recordedBy(), "Former user"),
                c.acknowledgedBy() == null ? null : names.getOrDefault(c.acknowledgedBy(), "Former user"))).toList();
    }

    /**
     * One page of the engagement's check-ins, newest first, with the total and people's names: one statement, scoped
     * in SQL, so an id outside the scope reads as an engagement without check-ins (decision 025).
     */
    @Transactional(readOnly = true)
    public Slice<CheckInRow> page(EngagementId engagement, PageRequest page) {
        return checkIns.page(engagement, access.scope(), page)
                .map(named -> new CheckInRow(named.checkIn(), named.recordedBy(), named.acknowledgedBy()));
    }

    @Transactional(readOnly = true)
    public long count(EngagementId engagement) {
        access.load(engagement);
        return checkIns.count(engagement, access.scope());
    }

    /** Who can attend: the engagement's stakeholders and engineers, by name. */
    @Transactional(readOnly = true)
    public List<String> attendeeChoices(EngagementId id, List<String> engineerNames) {
        Engagement engagement = access.load(id);
        List<String> names = new ArrayList<>();
        engagement.stakeholders().forEach(s -> names.add(s.name()));
        names.addAll(engineerNames);
        return names;
    }

    /** An engineer of the engagement (or a program manager) records a check-in. */
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public CheckIn record(EngagementId id, CheckInDraft draft) {
        Engagement engagement = access.loadFor(Capability.RECORD_CHECK_INS, id);
        if (draft.date() == null) {
            throw new DomainException("Date is required");
        }
        if (draft.kind() == null) {
            throw new DomainException("Kind is required");
        }
        if (draft.onTrack() == null) {
            throw new DomainException("On-track status is required");
        }
        CheckIn checkIn = CheckIn.record(id, draft.date(), draft.kind(), draft.attendees(), draft.sharedSummary(),
                draft.internalNote(), draft.onTrack(), draft.outcomes(), draft.nextSteps(), draft.nextCheckIn(),
                engagement.cadence(), access.user().id(), now());
        CheckIn saved = checkIns.save(checkIn);
        events.publishEvent(new CheckInRecorded(saved, access.actor(), now()));
        return saved;
    }

    /** The customer confirms the check-in's record (who and when are shown to both sides). */
    @PreAuthorize("hasRole('" + Roles.CUSTOMER + "')")
    public CheckIn acknowledge(CheckInId id) {
        PortalUser user = access.user();
        CheckIn checkIn = checkIns.find(id, access.scope()).orElseThrow(() -> new NotFoundException("Check-in"));
        access.require(Capability.ACKNOWLEDGE_CHECK_INS, access.load(checkIn.engagementId()));
        try {
            CheckIn acknowledged = checkIns.save(checkIn.acknowledge(user.id(), now()));
            events.publishEvent(new CheckInAcknowledged(acknowledged, access.actor(), now()));
            return acknowledged;
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new DomainException("This check-in was just changed by someone else; reload and try again");
        }
    }

    /** The engineers set how often the engagement checks in (null: the phase's default). */
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public void changeCadence(EngagementId id, long version, @Nullable Integer days) {
        Engagement engagement = access.loadFor(Capability.RECORD_CHECK_INS, id);
        if (engagement.version() != version) {
            throw conflict(id);
        }
        Integer before = engagement.state().cadenceDays();
        engagement.changeCadence(days == null ? null : new Cadence(days));
        try {
            engagements.save(engagement);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw conflict(id);
        }
        events.publishEvent(new CadenceChanged(id, before, days, access.actor(), now()));
    }

    /** A save on a stale version of the engagement: who changed it last, and that nothing was saved. */
    private DomainException conflict(EngagementId id) {
        return new DomainException(lastChanges.of(id).message());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
