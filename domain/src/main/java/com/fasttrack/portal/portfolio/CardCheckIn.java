package com.fasttrack.portal.portfolio;

import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.EngagementId;

import java.time.LocalDate;

/** An engagement's latest check-in as a customer's home shows it: its day, whether on track, the shared summary. */
public record CardCheckIn(EngagementId engagement, LocalDate date, OnTrack onTrack, String sharedSummary) {
}
