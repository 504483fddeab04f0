package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what on an engagement the user can already see, asked by both the services (before a write) and the
 * pages (which controls to show): program managers everything; an engineer everything but the program manager's
 * own (gate override, engineers, cancel) on engagements assigned to them; the engagement's customer its goal, its
 * stakeholders, blockers, check-in acknowledgements and partner requests; a partner its blockers.
 */
public final class CapabilityPolicy {

    private CapabilityPolicy() {
    }

    /** What the user may do right now, the engagement's state included: what its page offers. */
    public static Set<Capability> granted(Role role, UserId user, Optional<OrganisationId> organisation,
                                          Engagement engagement) {
        boolean open = !engagement.status().isFinal();
        Set<Capability> granted = EnumSet.noneOf(Capability.class);
        for (Capability capability : Capability.values()) {
            if (permits(capability, role, user, organisation, engagement)
                    && (open || !capability.needsOpenEngagement())) {
                granted.add(capability);
            }
        }
        return Set.copyOf(granted);
    }

    /**
     * Role and membership only, for the services: a change to a closed engagement is refused by the aggregate
     * itself, with its own message.
     */
    public static boolean permits(Capability capability, Role role, UserId user,
                                  Optional<OrganisationId> organisation, Engagement engagement) {
        boolean programManager = role == Role.PROGRAM_MANAGER;
        boolean assignedEngineer = role == Role.ENGINEER && engagement.isAssigned(user);
        boolean staff = programManager || assignedEngineer;
        boolean customer = role == Role.CUSTOMER && organisation.map(engagement.customerId()::equals).orElse(false);
        return switch (capability) {
            case EDIT_DETAILS, MOVE_PHASE, RECORD_CHECK_INS, OVERRIDE_HEALTH, MANAGE_PARTNER_MATCH, PLAN_BACKLOG -> staff;
            case EDIT_GOAL, EDIT_STAKEHOLDERS, REQUEST_PARTNER -> staff || customer;
            case OVERRIDE_GATE, ASSIGN_ENGINEERS, CANCEL -> programManager;
            case ACKNOWLEDGE_CHECK_INS -> customer;
            // anyone who sees the engagement, except an engineer not assigned to it
            case CHANGE_BLOCKERS -> role != Role.ENGINEER || assignedEngineer;
        };
    }
}
