package com.fasttrack.portal.health;

import com.fasttrack.portal.shared.HealthColour;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * An engagement's health: the colour shown (the override's while it lasts, otherwise the computed one), the
 * computed colour, a 0–100 score for sorting and the reasons behind it.
 */
public record Health(HealthColour colour, HealthColour computed, int score, List<String> reasons,
                     @Nullable HealthOverride override) {

    public Health {
        reasons = List.copyOf(reasons);
    }

    public boolean overridden() {
        return override != null;
    }
}
