package com.fasttrack.portal.engagement.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * A control another feature puts into the engagement page's header (the Export menu), as a Spring bean found by
 * type; the engagement feature's own buttons follow the contributed ones.
 */
public interface EngagementHeaderAction {

    /** Where the control stands among the contributed ones, lowest first. */
    int order();

    /** The control for this user on this engagement, or empty where it has nothing to offer. */
    Optional<Component> create(EngagementPage page);
}
