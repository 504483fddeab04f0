package com.fasttrack.portal.backlog.jdbc;

import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.AssigneeKind;
import com.fasttrack.portal.backlog.BacklogBoard;
import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItemId;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.ReleaseProgress;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;
import com.fasttrack.portal.shared.jdbc.OptimisticLock;
import com.fasttrack.portal.shared.jdbc.SqlArrays;
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

/** Backlog items in PostgreSQL through plain SQL (decision 005); every read is scoped by {@link EngagementScopeSql}. */
@Repository
class JdbcBacklogItems implements BacklogItems {

    private static final OptimisticLock LOCK = new OptimisticLock("backlog_item", "id", BacklogItem.class);

    private static final String COLUMNS = """
            bi.id, bi.version, bi.engagement_id, bi.title, bi.workload_code, bi.assignee_kind, bi.assignee_name,
            bi.assignee_organisation, bi.assignee_user, bi.release, bi.iteration, bi.status, bi.estimate,
            bi.created_at""";

    private static final String ORDER = "lower(bi.release), bi.release, bi.iteration, lower(bi.title), bi.id";

    private static final RowMapper<BacklogItem> ROW = (rs, i) -> {
        String name = rs.getString("assignee_name");
        Assignee assignee = switch (AssigneeKind.valueOf(rs.getString("assignee_kind"))) {
            case PARTNER -> Assignee.partner(
                    new OrganisationId(rs.getObject("assignee_organisation", UUID.class)), name);
            case ENGINEER -> Assignee.engineer(new UserId(rs.getObject("assignee_user", UUID.class)), name);
            case CUSTOMER -> Assignee.customerPerson(name);
        };
        return new BacklogItem(new BacklogItemId(rs.getObject("id", UUID.class)), rs.getLong("version"),
                new EngagementId(rs.getObject("engagement_id", UUID.class)), rs.getString("title"),
                new WorkloadCode(rs.getString("workload_code")), assignee, rs.getString("release"),
                rs.getInt("iteration"), BacklogStatus.valueOf(rs.getString("status")), rs.getInt("estimate"),
                SqlValues.instant(rs, "created_at"));
    };

    private final NamedParameterJdbcTemplate jdbc;

    JdbcBacklogItems(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public BacklogItem save(BacklogItem item) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", item.id().value())
                .addValue("version", item.version())
                .addValue("engagement", item.engagementId().value())
                .addValue("title", item.title())
                .addValue("workload", item.workload().value())
                .addValue("assigneeName", item.assignee().name())
                .addValue("release", item.release())
                .addValue("iteration", item.iteration())
                .addValue("status", item.status().name())
                .addValue("estimate", item.estimate())
                .addValue("createdAt", SqlValues.timestamp(item.createdAt()));
        Assignee assignee = item.assignee();
        parameters.addValue("assigneeKind", assignee.kind().name());
        SqlValues.nullable(parameters, "assigneeOrganisation",
                assignee.organisation() == null ? null : assignee.organisation().value(), Types.OTHER);
        SqlValues.nullable(parameters, "assigneeUser", assignee.engineer() == null ? null : assignee.engineer().value(),
                Types.OTHER);
        if (LOCK.insertIfNew(jdbc, item.version(), """
                insert into backlog_item (id, version, engagement_id, title, workload_code, assignee_kind,
                                          assignee_name, assignee_organisation, assignee_user, release, iteration,
                                          status, estimate, created_at)
                values (:id, 0, :engagement, :title, :workload, :assigneeKind, :assigneeName, :assigneeOrganisation,
                        :assigneeUser, :release, :iteration, :status, :estimate, :createdAt)""", parameters)) {
            return item;
        }
        LOCK.update(jdbc, """
                title = :title, workload_code = :workload, assignee_kind = :assigneeKind,
                assignee_name = :assigneeName, assignee_organisation = :assigneeOrganisation,
                assignee_user = :assigneeUser, release = :release, iteration = :iteration, status = :status,
                estimate = :estimate""", parameters, item.id().value());
        return new BacklogItem(item.id(), item.version() + 1, item.engagementId(), item.title(), item.workload(),
                item.assignee(), item.release(), item.iteration(), item.status(), item.estimate(), item.createdAt());
    }

    @Override
    public Optional<BacklogItem> find(BacklogItemId id, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", id.value());
        return jdbc.query("select " + COLUMNS + " from backlog_item bi join engagement e on e.id = bi.engagement_id"
                + " where (" + EngagementScopeSql.condition(scope, parameters) + ") and bi.id = :id", parameters, ROW)
                .stream().findFirst();
    }

    @Override
    public List<BacklogItem> of(EngagementId engagement, EngagementScope scope, BacklogFilter filter,
                                PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value())
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        return jdbc.query("select " + COLUMNS + " from backlog_item bi join engagement e on e.id = bi.engagement_id"
                + " where " + where(scope, filter, parameters) + " order by " + ORDER
                + " limit :limit offset :offset", parameters, ROW);
    }

    @Override
    public Slice<BacklogItem> page(EngagementId engagement, EngagementScope scope, BacklogFilter filter,
                                   PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value())
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        long[] total = {0};
        String where = where(scope, filter, parameters);
        // the total as a subquery of its own, so that the page itself stops at its limit
        List<BacklogItem> rows = jdbc.query("select " + COLUMNS + ", (select count(*) from backlog_item bi"
                + " join engagement e on e.id = bi.engagement_id where " + where + ") as total_rows"
                + " from backlog_item bi join engagement e on e.id = bi.engagement_id"
                + " where " + where + " order by " + ORDER
                + " limit :limit offset :offset", parameters, (rs, i) -> {
                    total[0] = rs.getLong("total_rows");
                    return ROW.mapRow(rs, i);
                });
        return new Slice<>(rows, total[0]);
    }

    @Override
    public long count(EngagementId engagement, EngagementScope scope, BacklogFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value());
        Long count = jdbc.queryForObject("select count(*) from backlog_item bi join engagement e"
                + " on e.id = bi.engagement_id where " + where(scope, filter, parameters), parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<ReleaseProgress> progress(EngagementId engagement, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value());
        return jdbc.query("select bi.release, count(*) as items, count(*) filter (where bi.status = 'DONE') as done,"
                        + " coalesce(sum(bi.estimate), 0) as points,"
                        + " coalesce(sum(bi.estimate) filter (where bi.status = 'DONE'), 0) as done_points"
                        + " from backlog_item bi join engagement e on e.id = bi.engagement_id"
                        + " where " + where(scope, BacklogFilter.none(), parameters)
                        + " group by bi.release order by lower(bi.release), bi.release", parameters,
                (rs, i) -> new ReleaseProgress(rs.getString("release"), rs.getInt("items"), rs.getInt("done"),
                        rs.getInt("points"), rs.getInt("done_points")));
    }

    /**
     * One row always: the progress per release as arrays and the filtered total, then (a lateral join) the page of
     * items, so that an empty page still carries the progress.
     */
    @Override
    public BacklogBoard board(EngagementId engagement, EngagementScope scope, BacklogFilter filter, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value())
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        String all = where(scope, BacklogFilter.none(), parameters);
        String filtered = where(scope, filter, parameters);
        String releases = """
                from (select bi.release, count(*) as items, count(*) filter (where bi.status = 'DONE') as done,
                             coalesce(sum(bi.estimate), 0) as points,
                             coalesce(sum(bi.estimate) filter (where bi.status = 'DONE'), 0) as done_points
                      from backlog_item bi join engagement e on e.id = bi.engagement_id where %s
                      group by bi.release) r
                order by lower(r.release), r.release""".formatted(all);
        List<ReleaseProgress> progress = new ArrayList<>();
        long[] total = {0};
        List<BacklogItem> items = new ArrayList<>();
        jdbc.query("""
                select t.*, i.* from (select
                    array(select r.release %1$s) as r_release, array(select r.items %1$s) as r_items,
                    array(select r.done %1$s) as r_done, array(select r.points %1$s) as r_points,
                    array(select r.done_points %1$s) as r_done_points,
                    (select count(*) from backlog_item bi join engagement e on e.id = bi.engagement_id
                     where %2$s) as total_rows) t
                left join lateral (select %3$s from backlog_item bi join engagement e on e.id = bi.engagement_id
                                   where %2$s order by %4$s limit :limit offset :offset) i on true"""
                .formatted(releases, filtered, COLUMNS, ORDER), parameters, (rs, i) -> {
                    if (i == 0) {
                        total[0] = rs.getLong("total_rows");
                        progress.addAll(progress(rs));
                    }
                    if (rs.getObject("id") != null) {
                        items.add(ROW.mapRow(rs, i));
                    }
                    return null;
                });
        return new BacklogBoard(progress, new Slice<>(items, total[0]));
    }

    private static List<ReleaseProgress> progress(java.sql.ResultSet rs) throws java.sql.SQLException {
        List<String> releases = SqlArrays.strings(rs, "r_release");
        List<Long> itemCounts = SqlArrays.values(rs, "r_items");
        List<Long> done = SqlArrays.values(rs, "r_done");
        List<Object> points = SqlArrays.values(rs, "r_points");
        List<Object> donePoints = SqlArrays.values(rs, "r_done_points");
        List<ReleaseProgress> progress = new ArrayList<>();
        for (int i = 0; i < releases.size(); i++) {
            progress.add(new ReleaseProgress(releases.get(i), Math.toIntExact(itemCounts.get(i)),
                    Math.toIntExact(done.get(i)), ((Number) points.get(i)).intValue(),
                    ((Number) donePoints.get(i)).intValue()));
        }
        return progress;
    }

    private static String where(EngagementScope scope, BacklogFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("bi.engagement_id = :engagement");
        conditions.add("(" + EngagementScopeSql.condition(scope, parameters) + ")");
        if (filter.status() != null) {
            parameters.addValue("status", filter.status().name());
            conditions.add("bi.status = :status");
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            parameters.addValue("assignee", filter.assignee().strip());
            conditions.add("lower(bi.assignee_name) = lower(:assignee)");
        }
        return String.join(" and ", conditions);
    }
}
