package com.fasttrack.portal.engagement;

import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;

import java.util.List;

/**
 * The port to the people on an engagement who sign in: the enabled users of its customer organisation, its assigned
 * engineers, and the users of a partner whose match there is accepted or engaged. Program managers, who see every
 * engagement, are on none.
 */
public interface EngagementMembers {

    /** Sorted by role (customer, engineer, partner), then name. */
    List<Member> of(EngagementId engagement);

    /** Someone on the engagement. */
    record Member(UserId id, String name, Role role) {
    }
}
