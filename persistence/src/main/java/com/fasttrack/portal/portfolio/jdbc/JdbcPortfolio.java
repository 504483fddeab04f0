package com.fasttrack.portal.portfolio.jdbc;

import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.jdbc.BlockerSql;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.portfolio.CardBlocker;
import com.fasttrack.portal.portfolio.CardCheckIn;
import com.fasttrack.portal.portfolio.Dimension;
import com.fasttrack.portal.portfolio.Portfolio;
import com.fasttrack.portal.portfolio.PortfolioCounts;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboard queries, each one SQL statement over the running engagements in the scope (see decision 005).
 * Blocker counts come from a lateral subquery in the same statement, so a page costs one query whatever its size,
 * and they count only blockers the viewer may see.
 */
@Repository
class JdbcPortfolio implements Portfolio {

    private static final String RUNNING = "e.status in ('ACTIVE', 'ON_HOLD')";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcPortfolio(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Worst health first; the page's sort keys are not used. A row shows the override as such only while it
     * lasts (until today included), as {@code HealthOverride.activeOn} does.
     */
    @Override
    public List<PortfolioRow> rows(EngagementScope scope, LocalDate today, Instant now, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("today", today)
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        String blockers = blockerCounts(scope, today, now, parameters);
        String scoped = EngagementScopeSql.condition(scope, parameters);
        return jdbc.query("""
                select e.id, e.title, o.name as customer_name, o.home_region, e.partnership_option, e.phase, e.status,
                       e.health_colour, e.health_score, e.health_reasons, e.next_check_in_due,
                       e.health_override_colour is not null and e.health_override_until >= cast(:today as date)
                           as overridden,
                       bc.open_blockers, bc.escalated_blockers
                from engagement e
                join organisation o on o.id = e.customer_id
                cross join lateral (%s) bc
                where %s and (%s)
                order by e.health_score asc, lower(e.title) asc, e.id asc
                limit :limit offset :offset""".formatted(blockers, RUNNING, scoped), parameters,
                (rs, i) -> new PortfolioRow(new EngagementId(rs.getObject("id", UUID.class)), rs.getString("title"),
                        rs.getString("customer_name"), Region.fromCode(rs.getString("home_region")),
                        PartnershipOption.valueOf(rs.getString("partnership_option")),
                        Phase.valueOf(rs.getString("phase")), EngagementStatus.valueOf(rs.getString("status")),
                        HealthColour.valueOf(rs.getString("health_colour")), rs.getInt("health_score"),
                        SqlValues.lines(rs.getString("health_reasons")), rs.getBoolean("overridden"),
                        SqlValues.date(rs, "next_check_in_due"), rs.getInt("open_blockers"),
                        rs.getInt("escalated_blockers")));
    }

    @Override
    public PortfolioCounts counts(EngagementScope scope, LocalDate today, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("today", today);
        String blockers = blockerCounts(scope, today, now, parameters);
        String scoped = EngagementScopeSql.condition(scope, parameters);
        return jdbc.queryForObject("""
                select count(*) as engagements,
                       count(*) filter (where e.next_check_in_due < cast(:today as date)) as overdue_check_ins,
                       coalesce(sum(bc.escalated_blockers), 0) as escalated_blockers,
                       count(*) filter (where e.next_check_in_due between cast(:today as date)
                                                                      and cast(:today as date) + 6) as due_this_week,
                       count(*) filter (where e.health_colour = 'RED') as red,
                       count(*) filter (where e.health_colour = 'AMBER') as amber,
                       count(*) filter (where e.health_colour = 'GREEN') as green
                from engagement e
                cross join lateral (%s) bc
                where %s and (%s)""".formatted(blockers, RUNNING, scoped), parameters,
                (rs, i) -> new PortfolioCounts(rs.getLong("engagements"), rs.getLong("overdue_check_ins"),
                        rs.getLong("escalated_blockers"), rs.getLong("due_this_week"), rs.getLong("red"),
                        rs.getLong("amber"), rs.getLong("green")));
    }

    @Override
    public LinkedHashMap<String, Long> distribution(EngagementScope scope, Dimension dimension) {
        String key = switch (dimension) {
            case PHASE -> "e.phase";
            case OPTION -> "e.partnership_option";
            case HEALTH -> "e.health_colour";
            case REGION -> "o.home_region";
        };
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String scoped = EngagementScopeSql.condition(scope, parameters);
        LinkedHashMap<String, Long> result = new LinkedHashMap<>();
        jdbc.query("""
                select %1$s as dimension_key, count(*) as engagements
                from engagement e join organisation o on o.id = e.customer_id
                where %2$s and (%3$s)
                group by %1$s
                order by count(*) desc, %1$s asc""".formatted(key, RUNNING, scoped), parameters,
                rs -> {
                    result.put(rs.getString("dimension_key"), rs.getLong("engagements"));
                });
        return result;
    }

    @Override
    public Map<Dimension, LinkedHashMap<String, Long>> distributions(EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String scoped = EngagementScopeSql.condition(scope, parameters);
        Map<Dimension, LinkedHashMap<String, Long>> result = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            result.put(dimension, new LinkedHashMap<>());
        }
        // one grouping set per dimension; the keys are never null, so the one set in a row names its dimension
        jdbc.query("""
                select e.phase, e.partnership_option, e.health_colour, o.home_region, count(*) as engagements
                from engagement e join organisation o on o.id = e.customer_id
                where %s and (%s)
                group by grouping sets ((e.phase), (e.partnership_option), (e.health_colour), (o.home_region))
                order by count(*) desc, coalesce(e.phase, e.partnership_option, e.health_colour, o.home_region) asc"""
                .formatted(RUNNING, scoped), parameters, rs -> {
                    long engagements = rs.getLong("engagements");
                    if (rs.getString("phase") != null) {
                        result.get(Dimension.PHASE).put(rs.getString("phase"), engagements);
                    } else if (rs.getString("partnership_option") != null) {
                        result.get(Dimension.OPTION).put(rs.getString("partnership_option"), engagements);
                    } else if (rs.getString("health_colour") != null) {
                        result.get(Dimension.HEALTH).put(rs.getString("health_colour"), engagements);
                    } else {
                        result.get(Dimension.REGION).put(rs.getString("home_region"), engagements);
                    }
                });
        return result;
    }

    @Override
    public List<CardBlocker> openBlockers(List<EngagementId> engagements, EngagementScope scope, int perEngagement) {
        if (engagements.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids",
                engagements.stream().map(EngagementId::value).toList()).addValue("per", perEngagement);
        String scoped = EngagementScopeSql.condition(scope, parameters);
        return jdbc.query("""
                select ranked.engagement_id, ranked.title, ranked.severity, ranked.owner, ranked.due_date
                from (select b.engagement_id, b.title, b.severity, b.owner, b.due_date,
                             row_number() over (partition by b.engagement_id
                                                order by %s, b.raised_at asc, b.id asc) as position
                      from blocker b join engagement e on e.id = b.engagement_id
                      where b.engagement_id in (:ids) and %s and %s and (%s)) ranked
                where ranked.position <= :per
                order by ranked.engagement_id, ranked.position""".formatted(BlockerSql.SEVERITY_RANK,
                        BlockerSql.OPEN, BlockerSql.visible(scope), scoped), parameters,
                (rs, i) -> new CardBlocker(new EngagementId(rs.getObject("engagement_id", UUID.class)),
                        rs.getString("title"), Severity.valueOf(rs.getString("severity")), rs.getString("owner"),
                        SqlValues.date(rs, "due_date")));
    }

    @Override
    public List<CardCheckIn> latestCheckIns(List<EngagementId> engagements, EngagementScope scope) {
        if (engagements.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("ids",
                engagements.stream().map(EngagementId::value).toList());
        String scoped = EngagementScopeSql.condition(scope, parameters);
        return jdbc.query("""
                select distinct on (c.engagement_id) c.engagement_id, c.check_in_date, c.on_track, c.shared_summary
                from check_in c join engagement e on e.id = c.engagement_id
                where c.engagement_id in (:ids) and (%s)
                order by c.engagement_id, c.check_in_date desc, c.recorded_at desc, c.id desc""".formatted(scoped),
                parameters, (rs, i) -> new CardCheckIn(new EngagementId(rs.getObject("engagement_id", UUID.class)),
                        rs.getObject("check_in_date", LocalDate.class), OnTrack.valueOf(rs.getString("on_track")),
                        rs.getString("shared_summary")));
    }

    /** One row per engagement {@code e}: its open and escalated blockers that the scope may see. */
    private static String blockerCounts(EngagementScope scope, LocalDate today, Instant now,
                                        MapSqlParameterSource parameters) {
        return """
                select count(*) as open_blockers, count(*) filter (where %s) as escalated_blockers
                from blocker b
                where b.engagement_id = e.id and %s and %s""".formatted(
                BlockerSql.escalated(now, today, parameters), BlockerSql.OPEN, BlockerSql.visible(scope));
    }
}
