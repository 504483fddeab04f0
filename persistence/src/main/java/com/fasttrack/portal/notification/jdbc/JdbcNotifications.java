package com.fasttrack.portal.notification.jdbc;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationId;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Notifications in PostgreSQL through plain SQL (decision 005). Every read and change carries
 * {@code n.recipient = :recipient}, so nobody reaches another's notification, and {@link #VISIBLE} keeps an internal
 * notification from a customer or partner even if one were ever created for it, and one of an engagement from
 * whoever may no longer see that engagement (moved, unassigned, its partner match closed).
 */
@Repository
@Transactional
class JdbcNotifications implements Notifications {

    static final String COLUMNS = """
            n.id, n.recipient, n.engagement_id, e.title as engagement_title, n.kind, n.text, n.visibility,
            n.created_at, n.read_at, n.mail""";

    /**
     * Internal content is for the provider's staff, whatever created the row (defence in depth); and a notification
     * of an engagement reaches its recipient only while the recipient's scope, as it is now, holds the engagement.
     */
    static final String VISIBLE = "((n.visibility = 'SHARED' or u.role in ('ENGINEER', 'PROGRAM_MANAGER')) and "
            + EngagementScopeSql.ofUserRow("u") + ")";

    static final String FROM = " from notification n join engagement e on e.id = n.engagement_id"
            + " join app_user u on u.id = n.recipient ";

    static final RowMapper<Notification> ROW = (rs, i) -> new Notification(
            new NotificationId(rs.getObject("id", UUID.class)), new UserId(rs.getObject("recipient", UUID.class)),
            new EngagementId(rs.getObject("engagement_id", UUID.class)), rs.getString("engagement_title"),
            NotificationKind.valueOf(rs.getString("kind")), rs.getString("text"),
            Visibility.valueOf(rs.getString("visibility")), SqlValues.instant(rs, "created_at"),
            SqlValues.nullableInstant(rs, "read_at"), MailDelivery.valueOf(rs.getString("mail")));

    private final NamedParameterJdbcTemplate jdbc;

    JdbcNotifications(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        SqlParameterSource[] rows = notifications.stream().map(n -> new MapSqlParameterSource()
                .addValue("id", n.id().value())
                .addValue("recipient", n.recipient().value())
                .addValue("engagement", n.engagementId().value())
                .addValue("kind", n.kind().name())
                .addValue("text", n.text())
                .addValue("tab", n.tab().slug())
                .addValue("visibility", n.visibility().name())
                .addValue("createdAt", SqlValues.timestamp(n.createdAt()))
                .addValue("readAt", SqlValues.timestamp(n.readAt()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .addValue("mail", n.mail().name())).toArray(SqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into notification (id, recipient, engagement_id, kind, text, tab, visibility, created_at, read_at,
                                          mail)
                values (:id, :recipient, :engagement, :kind, :text, :tab, :visibility, :createdAt, :readAt, :mail)""",
                rows);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notification> latest(UserId recipient, int limit) {
        return jdbc.query("select " + COLUMNS + FROM + "where n.recipient = :recipient and " + VISIBLE
                        + " order by n.created_at desc, n.id limit :limit",
                new MapSqlParameterSource("recipient", recipient.value()).addValue("limit", limit), ROW);
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(UserId recipient) {
        Long count = jdbc.queryForObject("select count(*)" + FROM + "where n.recipient = :recipient and "
                + "n.read_at is null and " + VISIBLE, new MapSqlParameterSource("recipient", recipient.value()),
                Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public boolean markRead(NotificationId id, UserId recipient, Instant at) {
        // an already read notification keeps its first reading time but is still found
        return jdbc.update("""
                update notification set read_at = coalesce(read_at, :at)
                where id = :id and recipient = :recipient""", new MapSqlParameterSource("id", id.value())
                .addValue("recipient", recipient.value()).addValue("at", SqlValues.timestamp(at))) == 1;
    }

    @Override
    public int markAllRead(UserId recipient, Instant at) {
        return jdbc.update("update notification set read_at = :at where recipient = :recipient and read_at is null",
                new MapSqlParameterSource("recipient", recipient.value()).addValue("at", SqlValues.timestamp(at)));
    }
}
