package com.fasttrack.portal.health;

import com.fasttrack.portal.shared.HealthColour;
import java.time.Instant;

/** One change of an engagement's colour, for its history and trend chart. */
public record HealthPoint(Instant at, HealthColour colour, int score, String reasons, boolean overridden) {
}
