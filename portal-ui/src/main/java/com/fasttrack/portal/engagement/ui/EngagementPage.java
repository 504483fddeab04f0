package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.security.PortalUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** What a tab or header contribution is given: the engagement as the page shows it, who looks, and the page's hooks. */
public final class EngagementPage {

    private final EngagementDetails details;
    private final PortalUser user;
    private final Clock clock;
    private final Runnable reload;
    private final EngagementEditors editors;

    EngagementPage(EngagementDetails details, PortalUser user, Clock clock, Runnable reload,
                   EngagementEditors editors) {
        this.details = details;
        this.user = user;
        this.clock = clock;
        this.reload = reload;
        this.editors = editors;
    }

    public EngagementDetails details() {
        return details;
    }

    public EngagementId id() {
        return details.engagement().id();
    }

    /** The version the page shows, for a change to be made against. */
    public long version() {
        return details.engagement().version();
    }

    public PortalUser user() {
        return user;
    }

    /** Whether the user may do this on the engagement now: the same policy the services ask. */
    public boolean can(Capability capability) {
        return details.can(capability);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** Reads the engagement again and redraws the page. */
    public void reload() {
        reload.run();
    }

    /** Runs a change and shows the new state; a refusal reaches the user through the UI's error handling. */
    public void act(Runnable change) {
        try {
            change.run();
        } finally {
            reload.run();
        }
    }

    /** The people on the engagement by name: its stakeholders, then its engineers. */
    public List<String> people() {
        List<String> people = new ArrayList<>();
        details.engagement().stakeholders().forEach(s -> people.add(s.name()));
        details.engineers().forEach(e -> people.add(e.name()));
        return people;
    }

    EngagementEditors editors() {
        return editors;
    }
}
