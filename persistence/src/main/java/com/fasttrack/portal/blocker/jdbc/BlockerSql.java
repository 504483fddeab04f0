package com.fasttrack.portal.blocker.jdbc;

import com.fasttrack.portal.engagement.EngagementScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The blocker rules as SQL conditions on a blocker row aliased {@code b}, shared by the blocker adapter and the
 * dashboard queries so that "open", "escalated" and "visible" mean the same everywhere.
 */
public final class BlockerSql {

    /** Open or in progress (see {@code BlockerStatus.isOpen}). */
    public static final String OPEN = "b.status in ('OPEN', 'IN_PROGRESS')";

    /** Critical first, low last. */
    public static final String SEVERITY_RANK =
            "case b.severity when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end";

    private BlockerSql() {
    }

    /** Customers and partners never get an internal blocker, not even in a count. */
    public static String visible(EngagementScope scope) {
        return scope.seesInternal() ? "true" : "b.visibility = 'SHARED'";
    }

    /**
     * Open and critical for more than three days, or open and past its due date (see {@code Blocker.isEscalated});
     * binds {@code :now} and {@code :today}. The grace is written in hours: {@code interval '3 days'} would follow
     * the session's time zone across a daylight-saving change, while the domain counts exactly 72 hours.
     */
    public static String escalated(Instant now, LocalDate today, MapSqlParameterSource parameters) {
        parameters.addValue("now", now.atOffset(ZoneOffset.UTC)).addValue("today", today);
        return "(" + OPEN + " and ((b.severity = 'CRITICAL' and b.raised_at < cast(:now as timestamptz)"
                + " - interval '72 hours') or b.due_date < cast(:today as date)))";
    }
}
