package com.fasttrack.portal.backlog.service;

import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.engagement.WorkloadCode;

import org.jspecify.annotations.Nullable;

/** What the backlog item form hands out. */
public record BacklogDraft(String title, @Nullable WorkloadCode workload, @Nullable Assignee assignee,
                           String release, int iteration, int estimate, @Nullable BacklogStatus status) {
}
