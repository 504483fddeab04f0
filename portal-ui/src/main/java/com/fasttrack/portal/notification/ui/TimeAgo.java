package com.fasttrack.portal.notification.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** "just now", "5 min ago", "3 h ago", "2 d ago", then the date. */
final class TimeAgo {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private TimeAgo() {
    }

    static String of(Instant at, Instant now, ZoneId zone) {
        Duration ago = Duration.between(at, now);
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return ago.toMinutes() + " min ago";
        }
        if (ago.toDays() < 1) {
            return ago.toHours() + " h ago";
        }
        if (ago.toDays() < 7) {
            return ago.toDays() + " d ago";
        }
        return DATE.format(at.atZone(zone));
    }
}
