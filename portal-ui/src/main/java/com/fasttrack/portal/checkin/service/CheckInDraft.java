package com.fasttrack.portal.checkin.service;

import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.OnTrack;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/** What the check-in form hands out. */
public record CheckInDraft(@Nullable LocalDate date, @Nullable CheckInKind kind, List<String> attendees,
                           String sharedSummary, String internalNote, @Nullable OnTrack onTrack, String outcomes,
                           String nextSteps, @Nullable LocalDate nextCheckIn) {

    public CheckInDraft {
        attendees = List.copyOf(attendees);
    }
}
