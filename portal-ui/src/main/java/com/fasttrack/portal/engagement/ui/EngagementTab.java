package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.TabKey;

import com.vaadin.flow.component.Component;

/**
 * One tab of the engagement page, contributed by the feature that owns it as a Spring bean: the page finds every
 * contribution by type and orders them, so a new tab is a new bean in its own feature and no edit of this one.
 */
public interface EngagementTab {

    /** The key that links ({@code ?tab=}), notifications and mails name the tab by; declared in the domain. */
    TabKey key();

    /** What the user reads on the tab. */
    String label();

    /** Where the tab stands among the others, lowest first. */
    int order();

    /** Whether the user sees the tab at all; every tab is for everyone who sees the engagement unless it says. */
    default boolean visibleTo(EngagementPage page) {
        return true;
    }

    /**
     * The tab's content, built when the user first opens it and again whenever the page redraws it; the context
     * holds the engagement as of now, so a form opened from the content saves against the version it showed.
     */
    Component create(EngagementPage page);
}
