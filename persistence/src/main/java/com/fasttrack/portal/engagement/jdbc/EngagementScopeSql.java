package com.fasttrack.portal.engagement.jdbc;

import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.security.Role;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The scope as a SQL condition on an engagement row aliased {@code e}: the one place that decides which
 * engagements a user sees, used by every query that returns engagement data. {@link #ofUserRow} states the same rule
 * for an account read in the query itself (a notification's recipient), as that account is now.
 */
public final class EngagementScopeSql {

    private EngagementScopeSql() {
    }

    public static String condition(EngagementScope scope, MapSqlParameterSource parameters) {
        return switch (scope) {
            case EngagementScope.All all -> "true";
            case EngagementScope.OfCustomer customer -> {
                parameters.addValue("scopeOrganisation", customer.organisation().value());
                yield customersOwn(":scopeOrganisation");
            }
            case EngagementScope.AssignedTo engineer -> {
                parameters.addValue("scopeUser", engineer.engineer().value());
                yield assignedTo(":scopeUser");
            }
            case EngagementScope.EngagedPartner partner -> {
                parameters.addValue("scopePartner", partner.partner().value());
                yield engagedPartner(":scopePartner");
            }
        };
    }

    /**
     * The scope as a SQL condition on a customer organisation row aliased {@code o}: the customers the user may open
     * or edit engagements for. Engineers open engagements for any customer (as program managers do); a customer
     * reaches only its own organisation; a partner none.
     */
    public static String customerCondition(EngagementScope scope, MapSqlParameterSource parameters) {
        return switch (scope) {
            case EngagementScope.All all -> "o.kind = 'CUSTOMER'";
            case EngagementScope.AssignedTo engineer -> "o.kind = 'CUSTOMER'";
            case EngagementScope.OfCustomer customer -> {
                parameters.addValue("scopeOrganisation", customer.organisation().value());
                yield "o.kind = 'CUSTOMER' and o.id = :scopeOrganisation";
            }
            case EngagementScope.EngagedPartner partner -> "false";
        };
    }

    /**
     * Whether the account in the {@code app_user} row aliased {@code user} may see the engagement row {@code e} now:
     * the scope its role gives it ({@link EngagementScope#of}), read from its current role and organisation.
     */
    public static String ofUserRow(String user) {
        return Arrays.stream(Role.values()).map(role -> "(" + user + ".role = '" + role.name() + "' and "
                + switch (role) {
                    case PROGRAM_MANAGER -> "true";
                    case ENGINEER -> assignedTo(user + ".id");
                    case CUSTOMER -> customersOwn(user + ".organisation_id");
                    case PARTNER -> engagedPartner(user + ".organisation_id");
                } + ")").collect(Collectors.joining(" or ", "(", ")"));
    }

    private static String customersOwn(String organisation) {
        return "e.customer_id = " + organisation;
    }

    private static String assignedTo(String user) {
        return "exists (select 1 from engagement_engineer scope_ee where scope_ee.engagement_id = e.id"
                + " and scope_ee.user_id = " + user + ")";
    }

    // a partner sees an engagement while its organisation's match there is accepted or engaged (decision 006)
    private static String engagedPartner(String organisation) {
        return "exists (select 1 from partner_match scope_pm where scope_pm.engagement_id = e.id"
                + " and scope_pm.partner_id = " + organisation + " and scope_pm.state in ('ACCEPTED','ENGAGED'))";
    }
}
