package com.fasttrack.portal.backlog;

import org.jspecify.annotations.Nullable;

/** Narrows an engagement's backlog by assignee name (exact, case-insensitive) and status; both optional. */
public record BacklogFilter(@Nullable String assignee, @Nullable BacklogStatus status) {

    public static BacklogFilter none() {
        return new BacklogFilter(null, null);
    }
}
