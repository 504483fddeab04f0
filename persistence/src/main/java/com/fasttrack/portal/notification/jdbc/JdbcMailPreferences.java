package com.fasttrack.portal.notification.jdbc;

import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** E-mail preferences, one row per user that chose; no row means {@link MailMode#DEFAULT}. */
@Repository
@Transactional
class JdbcMailPreferences implements MailPreferences {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcMailPreferences(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public MailMode modeOf(UserId user) {
        return modesOf(java.util.List.of(user)).get(user);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UserId, MailMode> modesOf(Collection<UserId> users) {
        Map<UserId, MailMode> modes = new HashMap<>();
        users.forEach(user -> modes.put(user, MailMode.DEFAULT));
        if (!users.isEmpty()) {
            jdbc.query("select user_id, mail_mode from notification_preference where user_id in (:users)",
                    new MapSqlParameterSource("users", users.stream().map(UserId::value).toList()),
                    rs -> {
                        modes.put(new UserId(rs.getObject("user_id", UUID.class)),
                                MailMode.valueOf(rs.getString("mail_mode")));
                    });
        }
        return modes;
    }

    @Override
    public void set(UserId user, MailMode mode, Instant at) {
        jdbc.update("""
                insert into notification_preference (user_id, mail_mode, updated_at) values (:user, :mode, :at)
                on conflict (user_id) do update set mail_mode = excluded.mail_mode, updated_at = excluded.updated_at""",
                new MapSqlParameterSource("user", user.value()).addValue("mode", mode.name())
                        .addValue("at", SqlValues.timestamp(at)));
    }
}
