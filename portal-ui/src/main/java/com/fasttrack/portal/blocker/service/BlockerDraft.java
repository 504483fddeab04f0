package com.fasttrack.portal.blocker.service;

import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the raise-a-blocker form hands out. */
public record BlockerDraft(String title, String description, @Nullable Severity severity, String owner,
                           @Nullable LocalDate dueDate, @Nullable Visibility visibility) {
}
