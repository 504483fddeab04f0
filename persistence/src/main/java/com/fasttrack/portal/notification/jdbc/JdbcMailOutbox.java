package com.fasttrack.portal.notification.jdbc;

import com.fasttrack.portal.notification.MailClaim;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailOutbox;
import com.fasttrack.portal.notification.MailRetry;
import com.fasttrack.portal.notification.NotificationId;
import com.fasttrack.portal.notification.OutgoingMail;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The mail outbox is the notification table itself: {@code mailed_at is null} rows of an immediate or digest
 * delivery. A claim stamps the rows it takes with its instance and lease in a short transaction of its own (picked
 * with {@code for update skip locked}, so two instances claiming at once take different rows), and commits before
 * anything is sent: no lock is held while the mail server is talked to. What is claimed is checked against the
 * recipient's scope as it is at sending time ({@link JdbcNotifications#VISIBLE}), so a mail or digest never tells of
 * an engagement its recipient lost access to after the notification was created.
 */
@Repository
class JdbcMailOutbox implements MailOutbox {

    private static final String DUE = " and (n.mail_next_attempt_at is null or n.mail_next_attempt_at <= :now)"
            + " and (n.mail_claimed_until is null or n.mail_claimed_until <= :now)";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcMailOutbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<OutgoingMail> claim(MailDelivery delivery, int limit, MailClaim claim) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("mail", delivery.name())
                .addValue("limit", limit).addValue("now", SqlValues.timestamp(claim.at()))
                .addValue("until", SqlValues.timestamp(claim.until())).addValue("by", claim.by());
        // a recipient who may no longer see the engagement is never mailed of it, not even once access is back
        jdbc.update("update notification set mail = 'NONE' where id in (select n.id" + JdbcNotifications.FROM
                + "where n.mail = :mail and n.mailed_at is null and not (" + JdbcNotifications.VISIBLE + ")"
                + " for update of n skip locked)", parameters);
        List<UUID> claimed = jdbc.queryForList("""
                update notification set mail_claimed_by = :by, mail_claimed_until = :until,
                       mail_first_attempt_at = coalesce(mail_first_attempt_at, :now)
                where id in (select n.id""" + JdbcNotifications.FROM + "where n.mail = :mail and n.mailed_at is null"
                + " and u.enabled and " + JdbcNotifications.VISIBLE + DUE
                + (claim.retriesOnly() ? " and n.mail_attempts > 0" : "")
                + " order by n.created_at, n.id limit :limit for update of n skip locked) returning id",
                parameters, UUID.class);
        if (claimed.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + JdbcNotifications.COLUMNS + ", u.email, u.display_name, u.role"
                        + JdbcNotifications.FROM + "where n.id in (:ids) order by n.created_at, n.id",
                new MapSqlParameterSource("ids", claimed),
                (rs, i) -> new OutgoingMail(JdbcNotifications.ROW.mapRow(rs, i), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role"))));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markMailed(Collection<NotificationId> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.update("""
                    update notification set mailed_at = :at, mail_claimed_by = null, mail_claimed_until = null
                    where id in (:ids)""",
                    new MapSqlParameterSource("ids", uuids(ids)).addValue("at", SqlValues.timestamp(at)));
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public List<NotificationId> markFailed(Collection<NotificationId> ids, Instant at) {
        if (ids.isEmpty()) {
            return List.of();
        }
        record Tried(UUID id, int failures, Instant firstTry) {
        }
        List<Tried> tried = jdbc.query("""
                select id, mail_attempts + 1 as failures, coalesce(mail_first_attempt_at, :at) as first_try
                from notification where id in (:ids) and mailed_at is null for update""",
                new MapSqlParameterSource("ids", uuids(ids)).addValue("at", SqlValues.timestamp(at)),
                (rs, i) -> new Tried(rs.getObject("id", UUID.class), rs.getInt("failures"),
                        SqlValues.instant(rs, "first_try")));
        List<NotificationId> givenUp = new ArrayList<>();
        for (Tried mail : tried) {
            Optional<Instant> next = MailRetry.nextAttempt(mail.failures(), mail.firstTry(), at);
            jdbc.update("""
                    update notification set mail_attempts = :failures, mail_first_attempt_at = :first,
                           mail_next_attempt_at = :next, mail_claimed_by = null, mail_claimed_until = null,
                           mail = case when :givenUp then 'FAILED' else mail end
                    where id = :id""", new MapSqlParameterSource("id", mail.id())
                    .addValue("failures", mail.failures()).addValue("first", SqlValues.timestamp(mail.firstTry()))
                    .addValue("next", SqlValues.timestamp(next.orElse(null))).addValue("givenUp", next.isEmpty()));
            if (next.isEmpty()) {
                givenUp.add(new NotificationId(mail.id()));
            }
        }
        return givenUp;
    }

    private static List<UUID> uuids(Collection<NotificationId> ids) {
        return ids.stream().map(NotificationId::value).toList();
    }
}
