package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static com.fasttrack.portal.engagement.Capability.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The whole matrix: who (role and membership) may do what, on an open and on a closed engagement. */
class CapabilityPolicyTest {

    private static final UserId ASSIGNED = UserId.random();
    private static final UserId OTHER_ENGINEER = UserId.random();
    private static final Organisation CUSTOMER = Organisation.create("Contoso", OrganisationKind.CUSTOMER,
            Region.UNITED_KINGDOM);
    private static final OrganisationId OTHER_CUSTOMER = OrganisationId.random();
    private static final OrganisationId PARTNER = OrganisationId.random();

    /** Who looks at the engagement. */
    private record Actor(String name, Role role, UserId id, Optional<OrganisationId> organisation) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Actor MANAGER = new Actor("program manager", Role.PROGRAM_MANAGER, UserId.random(),
            Optional.empty());
    private static final Actor ENGINEER = new Actor("assigned engineer", Role.ENGINEER, ASSIGNED, Optional.empty());
    private static final Actor STRANGER = new Actor("engineer not assigned", Role.ENGINEER, OTHER_ENGINEER,
            Optional.empty());
    private static final Actor OWN_CUSTOMER = new Actor("the engagement's customer", Role.CUSTOMER, UserId.random(),
            Optional.of(CUSTOMER.id()));
    private static final Actor FOREIGN_CUSTOMER = new Actor("another customer", Role.CUSTOMER, UserId.random(),
            Optional.of(OTHER_CUSTOMER));
    private static final Actor PARTNER_USER = new Actor("partner", Role.PARTNER, UserId.random(),
            Optional.of(PARTNER));

    static Stream<Arguments> matrix() {
        Set<Capability> staffOwn = EnumSet.of(EDIT_DETAILS, EDIT_GOAL, EDIT_STAKEHOLDERS, MOVE_PHASE,
                CHANGE_BLOCKERS, RECORD_CHECK_INS, OVERRIDE_HEALTH, REQUEST_PARTNER, MANAGE_PARTNER_MATCH, PLAN_BACKLOG);
        Set<Capability> managerOnly = EnumSet.of(OVERRIDE_GATE, ASSIGN_ENGINEERS, CANCEL);
        Set<Capability> manager = EnumSet.copyOf(staffOwn);
        manager.addAll(managerOnly);
        return Stream.of(
                Arguments.of(MANAGER, true, manager),
                Arguments.of(MANAGER, false, EnumSet.of(MANAGE_PARTNER_MATCH, PLAN_BACKLOG)),
                Arguments.of(ENGINEER, true, staffOwn),
                Arguments.of(ENGINEER, false, EnumSet.of(MANAGE_PARTNER_MATCH, PLAN_BACKLOG)),
                Arguments.of(STRANGER, true, EnumSet.noneOf(Capability.class)),
                Arguments.of(STRANGER, false, EnumSet.noneOf(Capability.class)),
                Arguments.of(OWN_CUSTOMER, true, EnumSet.of(EDIT_GOAL, EDIT_STAKEHOLDERS, CHANGE_BLOCKERS,
                        ACKNOWLEDGE_CHECK_INS, REQUEST_PARTNER)),
                Arguments.of(OWN_CUSTOMER, false, EnumSet.of(ACKNOWLEDGE_CHECK_INS)),
                // another customer never sees the engagement (scope); should it, it may change nothing of it
                Arguments.of(FOREIGN_CUSTOMER, true, EnumSet.of(CHANGE_BLOCKERS)),
                Arguments.of(FOREIGN_CUSTOMER, false, EnumSet.noneOf(Capability.class)),
                Arguments.of(PARTNER_USER, true, EnumSet.of(CHANGE_BLOCKERS)),
                Arguments.of(PARTNER_USER, false, EnumSet.noneOf(Capability.class)));
    }

    @ParameterizedTest(name = "{0}, open {1}")
    @MethodSource("matrix")
    void eachRoleMayDoExactlyItsShareOfTheEngagement(Actor actor, boolean open, Set<Capability> expected) {
        Engagement engagement = engagement(open);
        assertThat(CapabilityPolicy.granted(actor.role(), actor.id(), actor.organisation(), engagement))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void theServicesCheckRoleAndMembershipAndLeaveAClosedEngagementToTheAggregate(Actor actor, boolean open,
                                                                                 Set<Capability> expected) {
        Set<Capability> openGrant = CapabilityPolicy.granted(actor.role(), actor.id(), actor.organisation(),
                engagement(true));
        Engagement engagement = engagement(open);
        for (Capability capability : Capability.values()) {
            assertThat(CapabilityPolicy.permits(capability, actor.role(), actor.id(), actor.organisation(),
                    engagement)).as(capability.name()).isEqualTo(openGrant.contains(capability));
        }
    }

    private static Engagement engagement(boolean open) {
        Engagement engagement = Engagement.create(CUSTOMER, "Move the shop to Azure", "", PartnershipOption.FASTTRACK,
                List.of(), LocalDate.of(2026, 11, 29), Instant.parse("2026-11-29T10:00:00Z"));
        engagement.assignEngineers(Set.of(ASSIGNED));
        if (!open) {
            engagement.cancel();
        }
        return engagement;
    }
}
