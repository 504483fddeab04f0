package com.fasttrack.portal.health;

import com.fasttrack.portal.shared.HealthColour;

/** One reason for a colour, e.g. "check-in overdue by 9 days". */
public record HealthSignal(HealthColour colour, String reason) {
}
