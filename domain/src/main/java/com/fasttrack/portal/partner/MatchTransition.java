package com.fasttrack.portal.partner;

import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of a match: who (no one when the portal expired it), when, from which status (none for the
 * request itself) to which, and why.
 */
public record MatchTransition(@Nullable UserId by, Instant at, @Nullable MatchStatus from, MatchStatus to,
                              String reason) {

    public static final int REASON_MAX = 2000;

    public MatchTransition {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(to, "to");
        reason = Require.text(reason, "Reason", REASON_MAX);
    }
}
