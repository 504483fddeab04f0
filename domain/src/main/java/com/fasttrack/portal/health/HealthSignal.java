package com.fasttrack.portal.health;

/** One reason for a colour, e.g. "check-in overdue by 9 days". */
public record HealthSignal(HealthColour colour, String reason) {
}
