package com.fasttrack.portal.notification.jpa;

import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailOutbox;
import com.fasttrack.portal.notification.NotificationId;
import com.fasttrack.portal.notification.OutgoingMail;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.shared.jpa.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The mail outbox is the notification table itself: {@code mailed_at is null} rows of an immediate or digest
 * delivery. Claiming locks them with {@code for update skip locked}, so two instances sending at once take
 * different rows and never mail one twice. What is claimed is checked against the recipient's scope as it is at
 * sending time ({@link JdbcNotifications#VISIBLE}), so a mail or digest never tells of an engagement its recipient
 * lost access to after the notification was created.
 */
@Repository
class JdbcMailOutbox implements MailOutbox {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcMailOutbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutgoingMail> claim(MailDelivery delivery, int limit) {
        // a recipient who may no longer see the engagement is never mailed of it, not even once access is back
        jdbc.update("update notification set mail = 'NONE' where id in (select n.id" + JdbcNotifications.FROM
                + "where n.mail = :mail and n.mailed_at is null and not (" + JdbcNotifications.VISIBLE + ")"
                + " for update of n skip locked)", new MapSqlParameterSource("mail", delivery.name()));
        return jdbc.query("select " + JdbcNotifications.COLUMNS + ", u.email, u.display_name, u.role"
                        + JdbcNotifications.FROM + "where n.mail = :mail and n.mailed_at is null and u.enabled and "
                        + JdbcNotifications.VISIBLE + " order by n.created_at, n.id limit :limit"
                        + " for update of n skip locked",
                new MapSqlParameterSource("mail", delivery.name()).addValue("limit", limit),
                (rs, i) -> new OutgoingMail(JdbcNotifications.ROW.mapRow(rs, i), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role"))));
    }

    @Override
    @Transactional
    public void markMailed(Collection<NotificationId> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.update("update notification set mailed_at = :at where id in (:ids)",
                    new MapSqlParameterSource("ids", uuids(ids)).addValue("at", SqlValues.timestamp(at)));
        }
    }

    @Override
    @Transactional
    public void markFailed(Collection<NotificationId> ids, int maxAttempts) {
        if (!ids.isEmpty()) {
            jdbc.update("""
                    update notification set mail_attempts = mail_attempts + 1,
                           mail = case when mail_attempts + 1 >= :max then 'FAILED' else mail end
                    where id in (:ids)""", new MapSqlParameterSource("ids", uuids(ids)).addValue("max", maxAttempts));
        }
    }

    private static List<UUID> uuids(Collection<NotificationId> ids) {
        return ids.stream().map(NotificationId::value).toList();
    }
}
