package com.fasttrack.portal.blocker.jdbc;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.BlockerId;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.jdbc.OptimisticLock;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Blockers in PostgreSQL through plain SQL (see decision 005). Scoped reads join the engagement and apply
 * {@link EngagementScopeSql}; for customers and partners internal blockers are filtered out in SQL, in lists,
 * finds and counts alike.
 */
@Repository
class JdbcBlockers implements Blockers {

    private static final OptimisticLock LOCK = new OptimisticLock("blocker", "id", Blocker.class);

    private static final String COLUMNS = """
            b.id, b.version, b.engagement_id, b.title, b.description, b.severity, b.owner, b.owner_user, b.raised_by,
            b.raised_at, b.due_date, b.status, b.resolution_note, b.visibility, b.closed_at""";

    /** Open first, then critical before low, then oldest first; the id keeps pages stable. */
    private static final String ORDER = "case when " + BlockerSql.OPEN + " then 0 else 1 end, "
            + BlockerSql.SEVERITY_RANK + ", b.raised_at asc, b.id asc";

    private static final RowMapper<Blocker> ROW = (rs, i) -> {
        UUID ownerUser = SqlValues.uuid(rs, "owner_user");
        return new Blocker(new BlockerId(rs.getObject("id", UUID.class)), rs.getLong("version"),
                new EngagementId(rs.getObject("engagement_id", UUID.class)), rs.getString("title"),
                rs.getString("description"), Severity.valueOf(rs.getString("severity")), rs.getString("owner"),
                ownerUser == null ? null : new UserId(ownerUser), new UserId(rs.getObject("raised_by", UUID.class)),
                SqlValues.instant(rs, "raised_at"), SqlValues.date(rs, "due_date"),
                BlockerStatus.valueOf(rs.getString("status")), rs.getString("resolution_note"),
                Visibility.valueOf(rs.getString("visibility")), SqlValues.nullableInstant(rs, "closed_at"));
    };

    private final NamedParameterJdbcTemplate jdbc;

    JdbcBlockers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a new blocker (version 0) or updates a stored one whose version still matches. */
    @Override
    @Transactional
    public Blocker save(Blocker blocker) {
        MapSqlParameterSource parameters = parameters(blocker);
        if (LOCK.insertIfNew(jdbc, blocker.version(), """
                insert into blocker (id, version, engagement_id, title, description, severity, owner, owner_user,
                                     raised_by, raised_at, due_date, status, resolution_note, visibility, closed_at)
                values (:id, 0, :engagement, :title, :description, :severity, :owner, :ownerUser, :raisedBy,
                        :raisedAt, :dueDate, :status, :resolutionNote, :visibility, :closedAt)""", parameters)) {
            return blocker;
        }
        LOCK.update(jdbc, """
                title = :title, description = :description, severity = :severity, owner = :owner,
                owner_user = :ownerUser, due_date = :dueDate, status = :status, resolution_note = :resolutionNote,
                visibility = :visibility, closed_at = :closedAt""", parameters, blocker.id().value());
        return new Blocker(blocker.id(), blocker.version() + 1, blocker.engagementId(), blocker.title(),
                blocker.description(), blocker.severity(), blocker.owner(), blocker.ownerUser(), blocker.raisedBy(),
                blocker.raisedAt(), blocker.dueDate(), blocker.status(), blocker.resolutionNote(),
                blocker.visibility(), blocker.closedAt());
    }

    private static MapSqlParameterSource parameters(Blocker blocker) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", blocker.id().value())
                .addValue("version", blocker.version())
                .addValue("engagement", blocker.engagementId().value())
                .addValue("title", blocker.title())
                .addValue("description", blocker.description())
                .addValue("severity", blocker.severity().name())
                .addValue("owner", blocker.owner())
                .addValue("raisedBy", blocker.raisedBy().value())
                .addValue("raisedAt", SqlValues.timestamp(blocker.raisedAt()))
                .addValue("status", blocker.status().name())
                .addValue("resolutionNote", blocker.resolutionNote())
                .addValue("visibility", blocker.visibility().name());
        SqlValues.nullable(parameters, "ownerUser", blocker.ownerUser() == null ? null : blocker.ownerUser().value(),
                Types.OTHER);
        SqlValues.nullable(parameters, "dueDate", blocker.dueDate(), Types.DATE);
        SqlValues.nullable(parameters, "closedAt", SqlValues.timestamp(blocker.closedAt()),
                Types.TIMESTAMP_WITH_TIMEZONE);
        return parameters;
    }

    @Override
    public Optional<Blocker> find(BlockerId id, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", id.value());
        return jdbc.query("select " + COLUMNS + " from blocker b join engagement e on e.id = b.engagement_id where "
                + scoped(scope, parameters) + " and b.id = :id", parameters, ROW).stream().findFirst();
    }

    @Override
    public List<Blocker> of(EngagementId engagement, EngagementScope scope, BlockerFilter filter, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value())
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        return jdbc.query("select " + COLUMNS + " from blocker b join engagement e on e.id = b.engagement_id where "
                + where(scope, filter, parameters) + " order by " + ORDER + " limit :limit offset :offset",
                parameters, ROW);
    }

    @Override
    public Slice<Blocker> page(EngagementId engagement, EngagementScope scope, BlockerFilter filter,
                               PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value())
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        long[] total = {0};
        String where = where(scope, filter, parameters);
        // the total as a subquery of its own, so that the page itself stops at its limit
        List<Blocker> rows = jdbc.query("select " + COLUMNS + ", (select count(*) from blocker b join engagement e"
                + " on e.id = b.engagement_id where " + where + ") as total from blocker b"
                + " join engagement e on e.id = b.engagement_id where " + where
                + " order by " + ORDER + " limit :limit offset :offset", parameters, (rs, i) -> {
                    total[0] = rs.getLong("total");
                    return ROW.mapRow(rs, i);
                });
        return new Slice<>(rows, total[0]);
    }

    @Override
    public long count(EngagementId engagement, EngagementScope scope, BlockerFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value());
        Long count = jdbc.queryForObject("select count(*) from blocker b join engagement e on e.id = b.engagement_id"
                + " where " + where(scope, filter, parameters), parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public long openCount(EngagementId engagement, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value());
        Long count = jdbc.queryForObject("select count(*) from blocker b join engagement e on e.id = b.engagement_id"
                + " where b.engagement_id = :engagement and " + BlockerSql.OPEN + " and " + scoped(scope, parameters),
                parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<Blocker> openOf(EngagementId engagement) {
        return jdbc.query("select " + COLUMNS + " from blocker b where b.engagement_id = :engagement and "
                + BlockerSql.OPEN + " order by " + ORDER, new MapSqlParameterSource("engagement", engagement.value()),
                ROW);
    }

    private static String scoped(EngagementScope scope, MapSqlParameterSource parameters) {
        return "(" + EngagementScopeSql.condition(scope, parameters) + ") and " + BlockerSql.visible(scope);
    }

    private static String where(EngagementScope scope, BlockerFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("b.engagement_id = :engagement");
        conditions.add(scoped(scope, parameters));
        if (filter.status() != null) {
            parameters.addValue("status", filter.status().name());
            conditions.add("b.status = :status");
        }
        if (filter.severity() != null) {
            parameters.addValue("severity", filter.severity().name());
            conditions.add("b.severity = :severity");
        }
        if (filter.owner() != null && !filter.owner().isBlank()) {
            parameters.addValue("owner", filter.owner().strip());
            conditions.add("lower(b.owner) = lower(:owner)");
        }
        return String.join(" and ", conditions);
    }
}
