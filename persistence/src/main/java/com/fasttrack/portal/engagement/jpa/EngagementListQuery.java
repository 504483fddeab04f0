package com.fasttrack.portal.engagement.jpa;

import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;
import com.fasttrack.portal.shared.jpa.LikePatterns;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The engagements list as one scoped, filtered, sorted and paged SQL statement that also carries each row's workloads
 * and engineers and the number of all matching rows ({@code count(*) over ()}): one statement per page whatever its
 * size (decision 024).
 */
@Component
class EngagementListQuery {

    /**
     * What the text search matches, exactly as the trigram index {@code engagement_text_trgm_idx} (V18) is built, so
     * that {@code ilike '%…%'} on it uses the index. The unit separator between the two can never be typed (control
     * characters are dropped from a search), so no match spans the end of the title and the start of the goal.
     */
    static String searchedText(String alias) {
        return "(" + alias + ".title || E'\\x1f' || " + alias + ".goal)";
    }

    private static final Map<String, String> SORTABLE = Map.of(
            "title", "lower(e.title)",
            "customer", "lower(o.name)",
            "phase", "case e.phase when 'DISCOVERY' then 1 when 'SOLUTION_ENABLEMENT' then 2 else 3 end",
            "status", "e.status",
            "option", "e.partnership_option",
            "health", "e.health_score",
            "nextCheckIn", "e.next_check_in_due");

    private final NamedParameterJdbcTemplate jdbc;

    EngagementListQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<EngagementSummary> list(EngagementFilter filter, EngagementScope scope, PageRequest page) {
        return page(filter, scope, page).items();
    }

    /**
     * The page and the total in one statement: the rows are chosen (scope, filter, order, limit) in {@code matching},
     * where {@code count(*) over ()} counts them before the limit; only the page's rows then get their workloads
     * (with the preview flag of the customer's region) and engineers, as arrays from two correlated aggregates.
     */
    PageResult<EngagementSummary> page(EngagementFilter filter, EngagementScope scope, PageRequest page) {
        Statement statement = pageStatement(filter, scope, page);
        long[] total = {0};
        List<EngagementSummary> rows = jdbc.query(statement.sql(), statement.parameters(), (rs, i) -> {
            total[0] = rs.getLong("total");
            UUID id = rs.getObject("id", UUID.class);
            return new EngagementSummary(new EngagementId(id), rs.getString("customer_name"),
                    Region.fromCode(rs.getString("home_region")), rs.getString("title"),
                    PartnershipOption.valueOf(rs.getString("partnership_option")),
                    Phase.valueOf(rs.getString("phase")), EngagementStatus.valueOf(rs.getString("status")),
                    workloads(rs), List.of(strings(rs.getArray("engineers"))),
                    rs.getObject("next_check_in_due", java.time.LocalDate.class),
                    HealthColour.valueOf(rs.getString("health_colour")));
        });
        if (rows.isEmpty() && page.offset() > 0) {
            // past the end: the window counted nothing, so count on its own (a grid never asks for this page)
            return new PageResult<>(rows, count(filter, scope));
        }
        return new PageResult<>(rows, total[0]);
    }

    /** The statement {@link #page} runs, with its parameters; a test explains it (its plan uses the indexes). */
    Statement pageStatement(EngagementFilter filter, EngagementScope scope, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, scope, parameters);
        parameters.addValue("limit", page.limit()).addValue("offset", page.offset());
        String order = orderBy(page);
        return new Statement("""
                with matching as (
                    select e.id, o.name as customer_name, o.home_region, e.title, e.partnership_option, e.phase,
                           e.status, e.next_check_in_due, e.health_colour, count(*) over () as total,
                           row_number() over (order by %2$s) as position
                    from engagement e join organisation o on o.id = e.customer_id
                    where %1$s
                    order by %2$s
                    limit :limit offset :offset)
                select m.*, w.codes, w.names, w.previews,
                       array(select u.display_name from engagement_engineer ee join app_user u on u.id = ee.user_id
                             where ee.engagement_id = m.id order by u.display_name) as engineers
                from matching m
                cross join lateral (
                    select array_agg(wa.code order by wa.sort_order) as codes,
                           array_agg(wa.name order by wa.sort_order) as names,
                           array_agg(coalesce(av.status, 'UNAVAILABLE') = 'PREVIEW' order by wa.sort_order)
                               as previews
                    from engagement_workload ew
                    join workload_area wa on wa.code = ew.workload_code
                    left join workload_availability av on av.workload_code = wa.code
                                                      and av.region_code = m.home_region
                    where ew.engagement_id = m.id) w
                order by m.position""".formatted(where, order), parameters);
    }

    /** A statement's SQL and its named parameters. */
    record Statement(String sql, MapSqlParameterSource parameters) {
    }

    private static List<EngagementSummary.WorkloadChip> workloads(ResultSet rs) throws SQLException {
        String[] codes = strings(rs.getArray("codes"));
        String[] names = strings(rs.getArray("names"));
        Array previewArray = rs.getArray("previews");
        Boolean[] previews = previewArray == null ? new Boolean[0] : (Boolean[]) previewArray.getArray();
        List<EngagementSummary.WorkloadChip> chips = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            chips.add(new EngagementSummary.WorkloadChip(new WorkloadCode(codes[i]), names[i],
                    Boolean.TRUE.equals(previews[i])));
        }
        return chips;
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    long count(EngagementFilter filter, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, scope, parameters);
        Long count = jdbc.queryForObject("""
                select count(*) from engagement e join organisation o on o.id = e.customer_id
                where %s""".formatted(where), parameters, Long.class);
        return count == null ? 0 : count;
    }

    private static String where(EngagementFilter filter, EngagementScope scope, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add(EngagementScopeSql.condition(scope, parameters));
        if (!filter.text().isEmpty()) {
            parameters.addValue("text", LikePatterns.containing(filter.text()));
            // the ids that match, each part planned on its own so that each uses its trigram index (an "or" of the two
            // on the engagement row would make the planner read every engagement); then the scope and filters
            conditions.add("e.id = any (array(select s.id from engagement s where " + searchedText("s")
                    + " ilike :text escape '\\' union select s.id from engagement s"
                    + " join organisation n on n.id = s.customer_id where n.name ilike :text escape '\\'))");
        }
        if (filter.phase() != null) {
            parameters.addValue("phase", filter.phase().name());
            conditions.add("e.phase = :phase");
        }
        if (filter.status() != null) {
            parameters.addValue("status", filter.status().name());
            conditions.add("e.status = :status");
        }
        if (filter.option() != null) {
            parameters.addValue("option", filter.option().name());
            conditions.add("e.partnership_option = :option");
        }
        if (filter.workload() != null) {
            parameters.addValue("workload", filter.workload().value());
            conditions.add("exists (select 1 from engagement_workload fw where fw.engagement_id = e.id"
                    + " and fw.workload_code = :workload)");
        }
        if (filter.region() != null) {
            parameters.addValue("region", filter.region().code());
            conditions.add("o.home_region = :region");
        }
        return String.join(" and ", conditions);
    }

    private static String orderBy(PageRequest page) {
        List<String> terms = new ArrayList<>();
        for (PageRequest.SortKey key : page.sort()) {
            String column = SORTABLE.get(key.property());
            if (column != null) {
                terms.add(column + (key.ascending() ? " asc" : " desc"));
            }
        }
        terms.add("lower(o.name) asc");
        terms.add("lower(e.title) asc");
        terms.add("e.id asc");
        return String.join(", ", terms);
    }
}
