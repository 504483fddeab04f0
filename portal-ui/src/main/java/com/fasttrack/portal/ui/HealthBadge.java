package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.HealthColour;

import com.vaadin.flow.component.html.Span;

/** The health colour as a coloured label (never colour alone: the word is always there). */
public final class HealthBadge extends Span {

    public HealthBadge(HealthColour colour) {
        super(colour.label());
        addClassNames("ft-health", "ft-health-" + colour.name().toLowerCase());
        getElement().setAttribute("data-health", colour.name());
    }

    public static String cssColour(HealthColour colour) {
        return switch (colour) {
            case GREEN -> "#2e8540";
            case AMBER -> "#d08a00";
            case RED -> "#c0392b";
        };
    }
}
