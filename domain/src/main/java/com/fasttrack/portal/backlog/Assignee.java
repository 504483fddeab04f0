package com.fasttrack.portal.backlog;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Require;

import java.util.Objects;

/** Who works on a backlog item: a person of the customer, a partner organisation, or one of the engineers. */
public sealed interface Assignee {

    int NAME_MAX = 200;

    /** The name shown for the assignee. */
    String name();

    /** A customer-side person, by name. */
    record CustomerPerson(String name) implements Assignee {
        public CustomerPerson {
            name = Require.nonBlank(name, "Assignee", NAME_MAX);
        }
    }

    /** A partner organisation; its users may move the item's status. */
    record Partner(OrganisationId organisation, String name) implements Assignee {
        public Partner {
            Objects.requireNonNull(organisation, "organisation");
            name = Require.nonBlank(name, "Partner name", NAME_MAX);
        }
    }

    /** One of the provider's engineers. */
    record Engineer(UserId engineer, String name) implements Assignee {
        public Engineer {
            Objects.requireNonNull(engineer, "engineer");
            name = Require.nonBlank(name, "Engineer name", NAME_MAX);
        }
    }

    default String kindLabel() {
        return switch (this) {
            case CustomerPerson c -> "Customer";
            case Partner p -> "Partner";
            case Engineer e -> "Engineer";
        };
    }
}
