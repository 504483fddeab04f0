package com.fasttrack.portal.portfolio;

import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.EngagementId;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** An open blocker as a customer's home lists it under its engagement: what, how bad, asked of whom, by when. */
public record CardBlocker(EngagementId engagement, String title, Severity severity, String owner,
                          @Nullable LocalDate dueDate) {
}
