package com.fasttrack.portal.access;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.CapabilityPolicy;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.service.SecurityAudit;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/** The current user's scope and engagements within it, for the services of every feature. */
@Component
public class EngagementAccess {

    private final Engagements engagements;
    private final CurrentUser currentUser;
    private final SecurityAudit audit;
    private final Clock clock;

    EngagementAccess(Engagements engagements, CurrentUser currentUser, SecurityAudit audit, Clock clock) {
        this.engagements = engagements;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    public PortalUser user() {
        return currentUser.require();
    }

    /** The signed-in user as the actor of the events of its writes. */
    public Actor actor() {
        PortalUser user = user();
        return Actor.person(user.id(), user.displayName());
    }

    public EngagementScope scope() {
        PortalUser user = user();
        return EngagementScope.of(user.role(), user.id(), user.organisationId());
    }

    /**
     * The engagement if the user may see it; otherwise "not found", whatever the reason. An id that exists outside
     * the user's scope is recorded in the security audit log (the answer stays the same).
     */
    public Engagement load(EngagementId id) {
        return engagements.find(id, scope()).orElseThrow(() -> notFound(id));
    }

    /**
     * The answer to an id the user may not see, whatever the reason; one that exists outside the user's scope is
     * recorded in the security audit log. For a service that read the engagement in its own scoped query.
     */
    public NotFoundException notFound(EngagementId id) {
        if (engagements.find(id, new EngagementScope.All()).isPresent()) {
            PortalUser user = user();
            audit.recordApart(new SecurityEvent(SecurityEventKind.ACCESS_REFUSED, clock.instant(), user.id(),
                    user.getUsername(), user.id(), null, "engagement " + id.value() + " is outside the user's scope"));
        }
        return new NotFoundException("Engagement");
    }

    /** The engagement, for a program manager or one of its engineers only. */
    public Engagement loadAsStaff(EngagementId id) {
        Engagement engagement = load(id);
        if (!isStaff(engagement)) {
            throw new AccessDeniedException("Only the engagement's engineers may do this");
        }
        return engagement;
    }

    /** What the current user may do on the engagement now, its state included: what its page offers. */
    public Set<Capability> capabilities(Engagement engagement) {
        PortalUser user = user();
        return CapabilityPolicy.granted(user.role(), user.id(), user.organisationId(), engagement);
    }

    /**
     * Refuses the change unless the user's role and membership allow it; a closed engagement is left to the
     * aggregate, which refuses with its own message.
     */
    public void require(Capability capability, Engagement engagement) {
        PortalUser user = user();
        if (!CapabilityPolicy.permits(capability, user.role(), user.id(), user.organisationId(), engagement)) {
            throw new AccessDeniedException("Not allowed to do this on the engagement ("
                    + capability.name().toLowerCase().replace('_', ' ') + ")");
        }
    }

    /** The engagement, if the user may see it and do this on it. */
    public Engagement loadFor(Capability capability, EngagementId id) {
        Engagement engagement = load(id);
        require(capability, engagement);
        return engagement;
    }

    /** Whether the current user works on the engagement for the provider: a program manager or one of its engineers. */
    public boolean isStaff(Engagement engagement) {
        PortalUser user = user();
        return user.role() == Role.PROGRAM_MANAGER
                || (user.role() == Role.ENGINEER && engagement.isAssigned(user.id()));
    }
}
