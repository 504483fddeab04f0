package com.fasttrack.portal.security.jdbc;

import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.jpa.LikePatterns;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The security audit log in PostgreSQL; there is deliberately no update or delete here (and the database refuses). */
@Repository
@Transactional
class JdbcSecurityLog implements SecurityLog {

    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(rs.getLong("id"), new SecurityEvent(
            SecurityEventKind.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant(),
            userId(rs.getObject("subject", UUID.class)), rs.getString("subject_email"),
            userId(rs.getObject("actor", UUID.class)), rs.getString("client_address"), rs.getString("detail")),
            rs.getString("actor_email"));

    private final NamedParameterJdbcTemplate jdbc;

    JdbcSecurityLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A publisher that named the account only by id gets its e-mail filled in, so the log can be searched by it. */
    @Override
    public void append(SecurityEvent event) {
        jdbc.update("""
                insert into security_event (at, kind, subject, subject_email, actor, client_address, detail)
                values (:at, :kind, :subject,
                        coalesce(:email, (select u.email from app_user u where u.id = :subject)),
                        :actor, :address, :detail)""",
                new MapSqlParameterSource("at", Timestamp.from(event.at())).addValue("kind", event.kind().name())
                        .addValue("subject", uuid(event.subject()))
                        .addValue("email", event.subjectEmail() == null ? null
                                : event.subjectEmail().toLowerCase(Locale.ROOT))
                        .addValue("actor", uuid(event.actor()))
                        .addValue("address", event.clientAddress() == null ? null
                                : truncate(event.clientAddress(), 64))
                        .addValue("detail", event.detail()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> search(Filter filter, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        parameters.addValue("limit", page.limit()).addValue("offset", page.offset());
        return jdbc.query("select e.*, a.email as actor_email from security_event e"
                + " left join app_user a on a.id = e.actor where " + where
                + " order by e.at desc, e.id desc limit :limit offset :offset", parameters, ROW);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        Long count = jdbc.queryForObject("select count(*) from security_event e"
                + " left join app_user a on a.id = e.actor where " + where, parameters, Long.class);
        return count == null ? 0 : count;
    }

    private static String where(Filter filter, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder("true");
        if (filter.person() != null && !filter.person().isBlank()) {
            parameters.addValue("person", LikePatterns.containing(filter.person()));
            where.append(" and (lower(e.subject_email) like :person escape '\\' or a.email like :person escape '\\')");
        }
        if (filter.kind() != null) {
            parameters.addValue("kind", filter.kind().name());
            where.append(" and e.kind = :kind");
        }
        if (filter.from() != null) {
            parameters.addValue("from", Timestamp.from(filter.from()));
            where.append(" and e.at >= :from");
        }
        if (filter.to() != null) {
            parameters.addValue("to", Timestamp.from(filter.to()));
            where.append(" and e.at < :to");
        }
        return where.toString();
    }

    /** The text matched literally: {@code %} and {@code _} typed by the user are not wildcards. */
    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static @Nullable UUID uuid(@Nullable UserId id) {
        return id == null ? null : id.value();
    }

    private static @Nullable UserId userId(@Nullable UUID id) {
        return id == null ? null : new UserId(id);
    }
}
