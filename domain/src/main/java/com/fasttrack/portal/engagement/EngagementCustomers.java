package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;

import java.util.Optional;

/**
 * The port to the customer organisations a scope may open or edit engagements for: staff any customer, a customer
 * its own organisation, a partner none. Anything else is absent, exactly like a missing id.
 */
public interface EngagementCustomers {

    /** The customer's home region, if the organisation is a customer the scope may see. */
    Optional<Region> homeRegion(OrganisationId customer, EngagementScope scope);
}
