package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change what on an engagement the user can already see: customers only the goal / vision and their
 * stakeholders; engineers everything on engagements assigned to them; program managers everything.
 */
final class EngagementPolicy {

    private EngagementPolicy() {
    }

    static EngagementDetails.Permissions permissions(PortalUser user, Engagement engagement) {
        EngagementDetails.Permissions byRole = permissionsIgnoringState(user, engagement);
        boolean open = !engagement.status().isFinal();
        return new EngagementDetails.Permissions(byRole.editFields() && open, byRole.editGoal() && open,
                byRole.editStakeholders() && open, byRole.movePhase() && open, byRole.overrideGate() && open,
                byRole.assignEngineers() && open);
    }

    static void requireEditFields(PortalUser user, Engagement engagement) {
        require(permissionsIgnoringState(user, engagement).editFields());
    }

    static void requireEditGoal(PortalUser user, Engagement engagement) {
        require(permissionsIgnoringState(user, engagement).editGoal());
    }

    static void requireEditStakeholders(PortalUser user, Engagement engagement) {
        require(permissionsIgnoringState(user, engagement).editStakeholders());
    }

    static void requireMovePhase(PortalUser user, Engagement engagement) {
        require(permissionsIgnoringState(user, engagement).movePhase());
    }

    static void requireAssignEngineers(PortalUser user, Engagement engagement) {
        require(isProgramManager(user));
    }

    /** Role checks only; a closed engagement is refused by the aggregate itself, with its own message. */
    private static EngagementDetails.Permissions permissionsIgnoringState(PortalUser user, Engagement engagement) {
        boolean staff = isProgramManager(user) || isAssignedEngineer(user, engagement);
        boolean customer = user.role() == Role.CUSTOMER
                && user.organisationId().map(engagement.customerId()::equals).orElse(false);
        return new EngagementDetails.Permissions(staff, staff || customer, staff || customer, staff,
                isProgramManager(user), isProgramManager(user));
    }

    private static boolean isProgramManager(PortalUser user) {
        return user.role() == Role.PROGRAM_MANAGER;
    }

    private static boolean isAssignedEngineer(PortalUser user, Engagement engagement) {
        return user.role() == Role.ENGINEER && engagement.isAssigned(user.id());
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("Not allowed to change this on the engagement");
        }
    }
}
