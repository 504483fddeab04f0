package com.fasttrack.portal.notification.jpa;

import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.OutboxBacklog;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts over the notification table that serve the metrics: the pending count runs on the outbox's partial index
 * ({@code notification_outbox_idx}), so it stays cheap however many notifications were ever mailed.
 */
@Repository
class JdbcOutboxBacklog implements OutboxBacklog {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcOutboxBacklog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long pending(MailDelivery delivery) {
        return count("select count(*) from notification where mailed_at is null and mail = :mail", delivery.name());
    }

    @Override
    public long failed() {
        return count("select count(*) from notification where mail = :mail", MailDelivery.FAILED.name());
    }

    private long count(String sql, String mail) {
        Long count = jdbc.queryForObject(sql, new MapSqlParameterSource("mail", mail), Long.class);
        return count == null ? 0 : count;
    }
}
