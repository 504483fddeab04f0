package com.fasttrack.portal.engagement;

import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an engagement's history: from a phase to the next (or, with no target, to completion), who took it,
 * when, and the reason when a program manager overrode an incomplete gate.
 */
public record PhaseTransition(Phase from, @Nullable Phase to, UserId by, Instant at, @Nullable String reason,
                              boolean override) {

    public PhaseTransition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }

    public String toLabel() {
        return to == null ? "Completed" : to.label();
    }
}
