package com.fasttrack.portal.health.jdbc;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthOverride;
import com.fasttrack.portal.health.HealthPoint;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An engagement's stored health in the {@code health_*} columns of its row, and its colour changes in
 * {@code health_change}, through plain SQL (see decision 005). Storing health leaves the engagement's version
 * alone: the daily reassessment must not make an engineer's open edit of the same engagement stale.
 */
@Repository
class JdbcEngagementHealth implements EngagementHealth {

    private static final String OVERRIDE_COLUMNS = """
            e.health_override_colour, e.health_override_reason, e.health_override_by, e.health_override_until,
            u.display_name as health_override_by_name""";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcEngagementHealth(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void store(EngagementId engagement, Health health, LocalDate nextCheckInDue, Instant at) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", engagement.value())
                .addValue("colour", health.colour().name())
                .addValue("computed", health.computed().name())
                .addValue("score", health.score())
                .addValue("reasons", SqlValues.lines(health.reasons()))
                .addValue("at", SqlValues.timestamp(at))
                .addValue("due", nextCheckInDue)
                .addValue("overridden", health.overridden());
        // the row lock taken here also serialises concurrent stores for the engagement, so the history check
        // below sees the other's point
        int updated = jdbc.update("""
                update engagement set health_colour = :colour, health_computed = :computed, health_score = :score,
                       health_reasons = :reasons, health_assessed_at = :at, next_check_in_due = :due
                where id = :id""", parameters);
        if (updated == 0) {
            throw new NotFoundException("Engagement");
        }
        jdbc.update("""
                insert into health_change (engagement_id, at, colour, score, reasons, overridden)
                select :id, :at, :colour, :score, :reasons, :overridden
                where not exists (
                    select 1 from (select h.colour, h.overridden from health_change h where h.engagement_id = :id
                                   order by h.at desc limit 1) last
                    where last.colour = :colour and last.overridden = :overridden)""", parameters);
    }

    @Override
    public Optional<HealthOverride> override(EngagementId engagement) {
        return jdbc.query("select " + OVERRIDE_COLUMNS + """
                 from engagement e join app_user u on u.id = e.health_override_by
                where e.id = :id and e.health_override_colour is not null""",
                new MapSqlParameterSource("id", engagement.value()),
                (rs, i) -> override(rs)).stream().findFirst();
    }

    @Override
    @Transactional
    public void override(EngagementId engagement, @Nullable HealthOverride override) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", engagement.value());
        String set;
        if (override == null) {
            set = "health_override_colour = null, health_override_reason = null, health_override_by = null,"
                    + " health_override_until = null";
        } else {
            parameters.addValue("colour", override.colour().name()).addValue("reason", override.reason())
                    .addValue("by", override.by().value()).addValue("until", override.until());
            set = "health_override_colour = :colour, health_override_reason = :reason, health_override_by = :by,"
                    + " health_override_until = :until";
        }
        if (jdbc.update("update engagement set " + set + " where id = :id", parameters) == 0) {
            throw new NotFoundException("Engagement");
        }
    }

    @Override
    public Optional<Health> current(EngagementId engagement, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", engagement.value());
        String scoped = EngagementScopeSql.condition(scope, parameters);
        return jdbc.query("select e.health_colour, e.health_computed, e.health_score, e.health_reasons, "
                        + OVERRIDE_COLUMNS + """
                 from engagement e left join app_user u on u.id = e.health_override_by
                where e.id = :id and (%s)""".formatted(scoped), parameters,
                (rs, i) -> new Health(HealthColour.valueOf(rs.getString("health_colour")),
                        HealthColour.valueOf(rs.getString("health_computed")), rs.getInt("health_score"),
                        SqlValues.lines(rs.getString("health_reasons")),
                        rs.getString("health_override_colour") == null ? null : override(rs)))
                .stream().findFirst();
    }

    @Override
    public List<HealthPoint> history(EngagementId engagement, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", engagement.value());
        String scoped = EngagementScopeSql.condition(scope, parameters);
        return jdbc.query("""
                select h.at, h.colour, h.score, h.reasons, h.overridden
                from health_change h join engagement e on e.id = h.engagement_id
                where h.engagement_id = :id and (%s)
                order by h.at asc""".formatted(scoped), parameters,
                (rs, i) -> new HealthPoint(SqlValues.instant(rs, "at"), HealthColour.valueOf(rs.getString("colour")),
                        rs.getInt("score"), rs.getString("reasons"), rs.getBoolean("overridden")));
    }

    @Override
    public List<EngagementId> running() {
        return jdbc.query("select e.id from engagement e where e.status in ('ACTIVE', 'ON_HOLD') order by e.id",
                new MapSqlParameterSource(), (rs, i) -> new EngagementId(rs.getObject("id", UUID.class)));
    }

    private static HealthOverride override(ResultSet rs) throws SQLException {
        return new HealthOverride(HealthColour.valueOf(rs.getString("health_override_colour")),
                rs.getString("health_override_reason"), new UserId(rs.getObject("health_override_by", UUID.class)),
                rs.getString("health_override_by_name"), SqlValues.date(rs, "health_override_until"));
    }
}
