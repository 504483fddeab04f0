package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;

import java.util.Optional;

/**
 * Which engagements a user may see; every query that returns engagement data filters by it in SQL.
 * A customer sees its organisation's, an engineer those assigned to it, a partner those its organisation is
 * engaged on, a program manager all.
 */
public sealed interface EngagementScope {

    record All() implements EngagementScope {
    }

    record OfCustomer(OrganisationId organisation) implements EngagementScope {
    }

    record AssignedTo(UserId engineer) implements EngagementScope {
    }

    record EngagedPartner(OrganisationId partner) implements EngagementScope {
    }

    static EngagementScope of(Role role, UserId user, Optional<OrganisationId> organisation) {
        return switch (role) {
            case PROGRAM_MANAGER -> new All();
            case ENGINEER -> new AssignedTo(user);
            case CUSTOMER -> new OfCustomer(organisation.orElseThrow(
                    () -> new IllegalStateException("A customer without organisation")));
            case PARTNER -> new EngagedPartner(organisation.orElseThrow(
                    () -> new IllegalStateException("A partner without organisation")));
        };
    }

    /** Customers and partners see shared content only. */
    default boolean seesInternal() {
        return this instanceof All || this instanceof AssignedTo;
    }
}
