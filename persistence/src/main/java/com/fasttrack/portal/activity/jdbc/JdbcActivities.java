package com.fasttrack.portal.activity.jdbc;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The activity history in PostgreSQL; there is deliberately no update or delete here (and the database refuses). */
@Repository
@Transactional
class JdbcActivities implements Activities {

    private static final RowMapper<ActivityEntry> ROW = (rs, i) -> new ActivityEntry(rs.getObject("id", UUID.class),
            new EngagementId(rs.getObject("engagement_id", UUID.class)), rs.getTimestamp("at").toInstant(),
            userId(rs.getObject("actor", UUID.class)), rs.getString("actor_name"),
            ActivityKind.valueOf(rs.getString("kind")), rs.getString("summary"), rs.getString("before_value"),
            rs.getString("after_value"), Visibility.valueOf(rs.getString("visibility")));

    private final NamedParameterJdbcTemplate jdbc;

    JdbcActivities(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(ActivityEntry entry) {
        jdbc.update("""
                insert into activity (id, engagement_id, at, actor, actor_name, kind, summary, before_value,
                                      after_value, visibility)
                values (:id, :engagement, :at, :actor, :actorName, :kind, :summary, :before, :after, :visibility)""",
                new MapSqlParameterSource().addValue("id", entry.id())
                        .addValue("engagement", entry.engagementId().value())
                        .addValue("at", Timestamp.from(entry.at())).addValue("actor",
                                entry.actor() == null ? null : entry.actor().value())
                        .addValue("actorName", entry.actorName()).addValue("kind", entry.kind().name())
                        .addValue("summary", entry.summary()).addValue("before", entry.before())
                        .addValue("after", entry.after()).addValue("visibility", entry.visibility().name()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActivityEntry> of(EngagementId engagement, EngagementScope scope, @Nullable ActivityKind kind,
                                  @Nullable UserId actor, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(engagement, scope, kind, actor, parameters);
        parameters.addValue("limit", page.limit()).addValue("offset", page.offset());
        return jdbc.query("select a.* from activity a join engagement e on e.id = a.engagement_id where " + where
                + " order by a.at desc, a.id limit :limit offset :offset", parameters, ROW);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(EngagementId engagement, EngagementScope scope, @Nullable ActivityKind kind,
                      @Nullable UserId actor) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(engagement, scope, kind, actor, parameters);
        Long count = jdbc.queryForObject("select count(*) from activity a join engagement e on e.id = a.engagement_id"
                + " where " + where, parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    @Transactional(readOnly = true)
    public Slice<ActivityEntry> page(EngagementId engagement, EngagementScope scope, @Nullable ActivityKind kind,
                                     @Nullable UserId actor, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(engagement, scope, kind, actor, parameters);
        parameters.addValue("limit", page.limit()).addValue("offset", page.offset());
        long[] total = {0};
        // the total as a subquery of its own, so that the page itself is read from the index up to its limit
        List<ActivityEntry> rows = jdbc.query("select a.*, (select count(*) from activity a join engagement e"
                + " on e.id = a.engagement_id where " + where + ") as total_rows from activity a"
                + " join engagement e on e.id = a.engagement_id where " + where
                + " order by a.at desc, a.id limit :limit offset :offset", parameters, (rs, i) -> {
                    total[0] = rs.getLong("total_rows");
                    return ROW.mapRow(rs, i);
                });
        return new Slice<>(rows, total[0]);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActivityEntry> latest(EngagementId engagement, EngagementScope scope, Set<ActivityKind> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(engagement, scope, null, null, parameters);
        parameters.addValue("kinds", kinds.stream().map(ActivityKind::name).toList());
        return jdbc.query("select a.* from activity a join engagement e on e.id = a.engagement_id where " + where
                + " and a.kind in (:kinds) order by a.at desc, a.id limit 1", parameters, ROW).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Actor> actors(EngagementId engagement, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(engagement, scope, null, null, parameters);
        return jdbc.query("select distinct a.actor, a.actor_name from activity a join engagement e"
                + " on e.id = a.engagement_id where " + where + " and a.actor is not null order by a.actor_name",
                parameters,
                (rs, i) -> new Actor(new UserId(rs.getObject("actor", UUID.class)), rs.getString("actor_name")));
    }

    private static String where(EngagementId engagement, EngagementScope scope, @Nullable ActivityKind kind,
                                @Nullable UserId actor, MapSqlParameterSource parameters) {
        parameters.addValue("engagement", engagement.value());
        StringBuilder where = new StringBuilder("a.engagement_id = :engagement and ")
                .append(EngagementScopeSql.condition(scope, parameters));
        if (!scope.seesInternal()) {
            where.append(" and a.visibility = 'SHARED'");
        }
        if (scope instanceof EngagementScope.EngagedPartner) {
            parameters.addValue("matchmaking", Arrays.stream(ActivityKind.values())
                    .filter(ActivityKind::isMatchmaking).map(Enum::name).toList());
            where.append(" and a.kind not in (:matchmaking)");
        }
        if (kind != null) {
            parameters.addValue("kind", kind.name());
            where.append(" and a.kind = :kind");
        }
        if (actor != null) {
            parameters.addValue("actor", actor.value());
            where.append(" and a.actor = :actor");
        }
        return where.toString();
    }

    private static @Nullable UserId userId(@Nullable UUID id) {
        return id == null ? null : new UserId(id);
    }
}
