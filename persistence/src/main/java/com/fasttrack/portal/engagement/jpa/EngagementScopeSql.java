package com.fasttrack.portal.engagement.jpa;

import com.fasttrack.portal.engagement.EngagementScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The scope as a SQL condition on an engagement row aliased {@code e}: the one place that decides which
 * engagements a user sees, used by every query that returns engagement data.
 */
public final class EngagementScopeSql {

    private EngagementScopeSql() {
    }

    public static String condition(EngagementScope scope, MapSqlParameterSource parameters) {
        return switch (scope) {
            case EngagementScope.All all -> "true";
            case EngagementScope.OfCustomer customer -> {
                parameters.addValue("scopeOrganisation", customer.organisation().value());
                yield "e.customer_id = :scopeOrganisation";
            }
            case EngagementScope.AssignedTo engineer -> {
                parameters.addValue("scopeUser", engineer.engineer().value());
                yield "exists (select 1 from engagement_engineer scope_ee where scope_ee.engagement_id = e.id"
                        + " and scope_ee.user_id = :scopeUser)";
            }
            // a partner sees an engagement while its organisation's match there is accepted or engaged (decision 006)
            case EngagementScope.EngagedPartner partner -> {
                parameters.addValue("scopePartner", partner.partner().value());
                yield "exists (select 1 from partner_match pm where pm.engagement_id = e.id"
                        + " and pm.partner_id = :scopePartner and pm.state in ('ACCEPTED','ENGAGED'))";
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
}
