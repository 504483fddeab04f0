package com.fasttrack.portal.notification.jdbc;

import com.fasttrack.portal.notification.OutboxBacklog;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Counts the outbox in one statement that the partial outbox index serves; no lock, no transaction needed. */
@Repository
class JdbcOutboxBacklog implements OutboxBacklog.Reader {

    private final JdbcTemplate jdbc;

    JdbcOutboxBacklog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OutboxBacklog read() {
        return jdbc.queryForObject("""
                select count(*) filter (where mailed_at is null and mail = 'IMMEDIATE') as immediate,
                       count(*) filter (where mailed_at is null and mail = 'DIGEST') as digest,
                       min(created_at) filter (where mailed_at is null and mail = 'IMMEDIATE') as oldest,
                       count(*) filter (where mail = 'FAILED') as failed
                from notification
                where (mailed_at is null and mail in ('IMMEDIATE', 'DIGEST')) or mail = 'FAILED'""",
                (rs, i) -> new OutboxBacklog(rs.getLong("immediate"), rs.getLong("digest"),
                        Optional.ofNullable(SqlValues.nullableInstant(rs, "oldest")), rs.getLong("failed")));
    }
}
