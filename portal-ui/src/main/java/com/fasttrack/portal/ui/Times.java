package com.fasttrack.portal.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How pages write a moment: in the portal's time zone, to the minute. */
public final class Times {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.systemDefault());

    private Times() {
    }

    /** "2026-11-30 09:15". */
    public static String at(Instant instant) {
        return AT.format(instant);
    }

    /** "09:15", for what happened moments ago. */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }
}
