package com.fasttrack.portal.blocker;

import org.jspecify.annotations.Nullable;

/** Filters for an engagement's blockers; applied in SQL. */
public record BlockerFilter(@Nullable BlockerStatus status, @Nullable Severity severity, @Nullable String owner) {

    public static final BlockerFilter ALL = new BlockerFilter(null, null, null);
}
