package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.partner.MatchAccepted;
import com.fasttrack.portal.partner.MatchClosed;
import com.fasttrack.portal.partner.MatchDeclined;
import com.fasttrack.portal.partner.MatchEngaged;
import com.fasttrack.portal.partner.MatchProposed;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchRequested;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatchId;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.StaleVersionException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Partner matches on an engagement: the customer or its engineers request one, engineers see the ranked
 * candidates and propose, the customer accepts or declines, engineers mark the partner engaged and close the match.
 * Partners never see a match, only whether they are engaged.
 */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class PartnerMatchService {

    /** More partners than any directory here holds; the ranking shows them all. */
    static final int CANDIDATE_LIMIT = 500;

    private final PartnerMatches matches;
    private final Partners partners;
    private final Organisations organisations;
    private final EngagementAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PartnerMatchService(PartnerMatches matches, Partners partners, Organisations organisations,
                        EngagementAccess access, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.matches = matches;
        this.partners = partners;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public MatchOverview overview(EngagementId id) {
        return overview(id, access.capabilities(access.load(id)));
    }

    /**
     * The Partners tab for a page that read the engagement already: {@code granted} is what the page was granted
     * ({@code EngagementDetails.capabilities}), which only decides the steps offered, each write checks again. The
     * matches are read within the user's scope in SQL, with the names of who took their steps: one statement.
     */
    @Transactional(readOnly = true)
    public MatchOverview overview(EngagementId id, Set<Capability> granted) {
        PortalUser user = access.user();
        if (user.role() == Role.PARTNER) {
            String engaged = matches.engagedOn(id, user.organisationId().orElseThrow())
                    .flatMap(PartnerMatch::partnerName).orElse(null);
            return new MatchOverview(null, List.of(), engaged, Map.of(), Set.of());
        }
        PartnerMatches.Named named = matches.ofWithin(id, access.scope());
        List<PartnerMatch> all = named.matches();
        PartnerMatch active = all.stream().filter(m -> m.status().isActive()).findFirst().orElse(null);
        List<PartnerMatch> earlier = all.stream().filter(m -> m != active).toList();
        boolean customer = user.role() == Role.CUSTOMER;
        return new MatchOverview(active, earlier, active == null ? null : active.partnerName().orElse(null),
                named.people(), steps(granted, customer, active == null ? null : active.status()));
    }

    /** The steps the user may take now: who may (capabilities, the customer decides) and what the match's status makes due. */
    private static Set<MatchOverview.Step> steps(Set<Capability> can, boolean customer, @Nullable MatchStatus status) {
        boolean staff = can.contains(Capability.MANAGE_PARTNER_MATCH);
        Set<MatchOverview.Step> steps = EnumSet.noneOf(MatchOverview.Step.class);
        if (status == null && can.contains(Capability.REQUEST_PARTNER)) {
            steps.add(MatchOverview.Step.REQUEST);
        }
        if (staff && status == MatchStatus.REQUESTED) {
            steps.add(MatchOverview.Step.PROPOSE);
        }
        if (customer && status == MatchStatus.PROPOSED) {
            steps.add(MatchOverview.Step.DECIDE);
        }
        if (staff && status == MatchStatus.ACCEPTED) {
            steps.add(MatchOverview.Step.ENGAGE);
        }
        if (staff && status != null && status.givesPartnerAccess()) {
            steps.add(MatchOverview.Step.CLOSE);
        }
        return Set.copyOf(steps);
    }

    /** A customer (of its own engagement) or one of the engagement's engineers requests a partner. */
    public PartnerMatch request(EngagementId id, Collection<WorkloadCode> workloads, @Nullable PartnerType preferred,
                                @Nullable String note) {
        Engagement engagement = access.load(id);
        PortalUser user = access.user();
        access.require(Capability.REQUEST_PARTNER, engagement);
        if (engagement.status().isFinal()) {
            throw new DomainException("This engagement is " + engagement.status().label().toLowerCase());
        }
        for (WorkloadCode workload : workloads) {
            if (!engagement.workloads().contains(workload)) {
                throw new DomainException("Workload " + workload.value() + " is not one of this engagement's "
                        + "workloads");
            }
        }
        if (matches.active(id).isPresent()) {
            throw new DomainException("This engagement already has an open partner match");
        }
        PartnerMatch requested;
        try {
            requested = matches.save(PartnerMatch.request(id, workloads, preferred, note, user.id(), user.role(),
                    now()));
        } catch (DataIntegrityViolationException concurrent) {
            throw new DomainException("This engagement already has an open partner match");
        }
        events.publishEvent(new MatchRequested(requested, access.actor(), now()));
        return requested;
    }

    /** The candidates for the engagement's requested match, ranked, and the excluded partners with the reason. */
    @Transactional(readOnly = true)
    public MatchRanking ranking(EngagementId id) {
        Engagement engagement = access.loadFor(Capability.MANAGE_PARTNER_MATCH, id);
        PartnerMatch match = matches.active(id).filter(m -> m.status() == MatchStatus.REQUESTED)
                .orElseThrow(() -> new DomainException("No partner match is waiting for proposals"));
        return rank(engagement, match);
    }

    private MatchRanking rank(Engagement engagement, PartnerMatch match) {
        Organisation customer = organisations.findById(engagement.customerId())
                .orElseThrow(() -> new NotFoundException("Organisation"));
        List<PartnerCandidate> all = new ArrayList<>(partners.candidates(customer.homeRegion(), CANDIDATE_LIMIT));
        all.addAll(partners.excluded(customer.homeRegion(), CANDIDATE_LIMIT));
        return MatchRanking.rank(all, match.workloads(), customer.homeRegion(), match.preferredType());
    }

    /** An engineer proposes these partners, in this order, from the current ranking. */
    public PartnerMatch propose(EngagementId id, PartnerMatchId matchId, long version, List<OrganisationId> chosen) {
        Engagement engagement = access.loadFor(Capability.MANAGE_PARTNER_MATCH, id);
        PartnerMatch match = find(id, matchId, version);
        MatchRanking ranking = rank(engagement, match);
        List<MatchRanking.Ranked> picked = new ArrayList<>();
        for (OrganisationId partner : chosen) {
            picked.add(ranking.ranked().stream()
                    .filter(r -> r.candidate().profile().organisationId().equals(partner)).findFirst()
                    .orElseThrow(() -> new DomainException(ranking.excluded().stream()
                            .filter(e -> e.candidate().profile().organisationId().equals(partner)).findFirst()
                            .map(e -> e.candidate().name() + " cannot be proposed: " + e.reason())
                            .orElse("This partner cannot be proposed"))));
        }
        PortalUser user = access.user();
        PartnerMatch proposed = save(match.propose(picked, user.id(), user.role(), now()));
        events.publishEvent(new MatchProposed(match, proposed, picked.stream().map(r -> r.candidate().name()).toList(),
                access.actor(), now()));
        return proposed;
    }

    public PartnerMatch accept(EngagementId id, PartnerMatchId matchId, long version) {
        access.load(id);
        PortalUser user = access.user();
        PartnerMatch match = find(id, matchId, version);
        OrganisationId partner = match.openProposal().orElseThrow(
                () -> new DomainException("No partner is waiting for an answer")).partner();
        // two customers accepting the same partner's last free slot at once: the second waits here for the first
        PartnerCandidate candidate = partners.lockForAcceptance(partner)
                .orElseThrow(() -> new NotFoundException("Partner"));
        if (candidate.isFull()) {
            throw new DomainException(candidate.name() + " has no free capacity any more; decline it to see the "
                    + "next partner");
        }
        PartnerMatch accepted = save(match.accept(user.id(), user.role(), now()));
        events.publishEvent(new MatchAccepted(match, accepted, candidate.name(), access.actor(), now()));
        return accepted;
    }

    public PartnerMatch decline(EngagementId id, PartnerMatchId matchId, long version, @Nullable String reason) {
        access.load(id);
        PortalUser user = access.user();
        PartnerMatch match = find(id, matchId, version);
        String declined = match.openProposal().map(p -> p.partnerName()).orElse("The proposal");
        PartnerMatch after = save(match.decline(reason, user.id(), user.role(), now()));
        events.publishEvent(new MatchDeclined(match, after, declined, reason, access.actor(), now()));
        return after;
    }

    public PartnerMatch engage(EngagementId id, PartnerMatchId matchId, long version) {
        access.loadFor(Capability.MANAGE_PARTNER_MATCH, id);
        PortalUser user = access.user();
        PartnerMatch match = find(id, matchId, version);
        PartnerMatch engaged = save(match.engage(user.id(), user.role(), now()));
        events.publishEvent(new MatchEngaged(match, engaged, access.actor(), now()));
        return engaged;
    }

    /** Ends the partner's work; from now on its users no longer see the engagement. */
    public PartnerMatch close(EngagementId id, PartnerMatchId matchId, long version, @Nullable String reason) {
        access.loadFor(Capability.MANAGE_PARTNER_MATCH, id);
        PortalUser user = access.user();
        PartnerMatch match = find(id, matchId, version);
        PartnerMatch closed = save(match.close(reason, user.id(), user.role(), now()));
        events.publishEvent(new MatchClosed(match, closed, reason, access.actor(), now()));
        return closed;
    }

    /** The accepted or engaged match of the engagement, for the backlog. */
    @Transactional(readOnly = true)
    public Optional<PartnerMatch> settled(EngagementId id) {
        access.load(id);
        return matches.active(id).filter(m -> m.status().givesPartnerAccess());
    }

    private PartnerMatch find(EngagementId id, PartnerMatchId matchId, long version) {
        PartnerMatch match = matches.find(matchId, id).orElseThrow(() -> new NotFoundException("Partner match"));
        if (match.version() != version) {
            throw new StaleVersionException("partner match");
        }
        return match;
    }

    private PartnerMatch save(PartnerMatch match) {
        try {
            return matches.save(match);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new StaleVersionException("partner match");
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
