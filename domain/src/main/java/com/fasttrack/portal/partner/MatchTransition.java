package com.fasttrack.portal.partner;

import com.fasttrack.portal.security.UserId;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a match: who (no one when the portal expired it), when, from which status (none for the
 * request itself) to which, and why.
 */
public record MatchTransition(@Nullable UserId by, Instant at, @Nullable MatchStatus from, MatchStatus to,
                              String reason) {

    public MatchTransition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        reason = reason == null ? "" : reason;
    }
}
