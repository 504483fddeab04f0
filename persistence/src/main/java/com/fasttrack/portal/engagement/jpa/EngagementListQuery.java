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
import com.fasttrack.portal.shared.jpa.LikePatterns;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The engagements list as one scoped, filtered, sorted and paged SQL query, plus one query each for the page's
 * workloads and engineers: three statements per page whatever its size.
 */
@Component
class EngagementListQuery {

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
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, scope, parameters);
        parameters.addValue("limit", page.limit()).addValue("offset", page.offset());
        List<Row> rows = jdbc.query("""
                select e.id, o.name as customer_name, o.home_region, e.title, e.partnership_option, e.phase, e.status,
                       e.next_check_in_due, e.health_colour
                from engagement e join organisation o on o.id = e.customer_id
                where %s
                order by %s
                limit :limit offset :offset""".formatted(where, orderBy(page)), parameters,
                (rs, i) -> new Row(rs.getObject("id", UUID.class), rs.getString("customer_name"),
                        Region.fromCode(rs.getString("home_region")), rs.getString("title"),
                        PartnershipOption.valueOf(rs.getString("partnership_option")),
                        Phase.valueOf(rs.getString("phase")), EngagementStatus.valueOf(rs.getString("status")),
                        rs.getObject("next_check_in_due", java.time.LocalDate.class),
                        HealthColour.valueOf(rs.getString("health_colour"))));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<EngagementSummary.WorkloadChip>> workloads = workloads(ids);
        Map<UUID, List<String>> engineers = engineers(ids);
        return rows.stream().map(row -> new EngagementSummary(new EngagementId(row.id()), row.customerName(),
                row.region(), row.title(), row.option(), row.phase(), row.status(),
                workloads.getOrDefault(row.id(), List.of()), engineers.getOrDefault(row.id(), List.of()),
                row.nextCheckIn(), row.health()))
                .toList();
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
            conditions.add("(lower(e.title) like :text escape '\\' or lower(o.name) like :text escape '\\')");
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

    private Map<UUID, List<EngagementSummary.WorkloadChip>> workloads(List<UUID> ids) {
        Map<UUID, List<EngagementSummary.WorkloadChip>> result = new HashMap<>();
        jdbc.query("""
                select ew.engagement_id, wa.code, wa.name, coalesce(av.status, 'UNAVAILABLE') = 'PREVIEW' as preview
                from engagement_workload ew
                join engagement e on e.id = ew.engagement_id
                join organisation o on o.id = e.customer_id
                join workload_area wa on wa.code = ew.workload_code
                left join workload_availability av on av.workload_code = wa.code and av.region_code = o.home_region
                where ew.engagement_id in (:ids)
                order by wa.sort_order""", new MapSqlParameterSource("ids", ids), rs -> {
            result.computeIfAbsent(rs.getObject("engagement_id", UUID.class), id -> new ArrayList<>())
                    .add(new EngagementSummary.WorkloadChip(new WorkloadCode(rs.getString("code")),
                            rs.getString("name"), rs.getBoolean("preview")));
        });
        return result;
    }

    private Map<UUID, List<String>> engineers(List<UUID> ids) {
        Map<UUID, List<String>> result = new HashMap<>();
        jdbc.query("""
                select ee.engagement_id, u.display_name
                from engagement_engineer ee join app_user u on u.id = ee.user_id
                where ee.engagement_id in (:ids)
                order by u.display_name""", new MapSqlParameterSource("ids", ids), rs -> {
            result.computeIfAbsent(rs.getObject("engagement_id", UUID.class), id -> new ArrayList<>())
                    .add(rs.getString("display_name"));
        });
        return result;
    }

    private record Row(UUID id, String customerName, Region region, String title, PartnershipOption option,
                       Phase phase, EngagementStatus status, java.time.LocalDate nextCheckIn, HealthColour health) {
    }
}
