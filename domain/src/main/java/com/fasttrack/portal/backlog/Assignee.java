package com.fasttrack.portal.backlog;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * Who works on a backlog item: a person of the customer (by name), a partner organisation (whose users may move the
 * item's status) or one of the provider's engineers. The name is what lists show.
 */
public record Assignee(AssigneeKind kind, String name, @Nullable OrganisationId organisation,
                       @Nullable UserId engineer) {

    public static final int NAME_MAX = 200;

    public Assignee {
        Objects.requireNonNull(kind, "kind");
        name = Require.nonBlank(name, "Assignee", NAME_MAX);
        if ((kind == AssigneeKind.PARTNER) != (organisation != null)
                || (kind == AssigneeKind.ENGINEER) != (engineer != null)) {
            throw new IllegalArgumentException("A partner assignee has an organisation, an engineer a user; "
                    + "nothing else has either");
        }
    }

    public static Assignee customerPerson(String name) {
        return new Assignee(AssigneeKind.CUSTOMER, name, null, null);
    }

    public static Assignee partner(OrganisationId organisation, String name) {
        return new Assignee(AssigneeKind.PARTNER, name, organisation, null);
    }

    public static Assignee engineer(UserId engineer, String name) {
        return new Assignee(AssigneeKind.ENGINEER, name, null, engineer);
    }

    /** The same person whatever the name shown: a partner by organisation, an engineer by user, a customer by name. */
    public boolean sameAs(Assignee other) {
        return kind == other.kind && switch (kind) {
            case PARTNER -> Objects.equals(organisation, other.organisation);
            case ENGINEER -> Objects.equals(engineer, other.engineer);
            case CUSTOMER -> name.equals(other.name);
        };
    }

    public boolean is(OrganisationId partner) {
        return kind == AssigneeKind.PARTNER && partner.equals(organisation);
    }
}
