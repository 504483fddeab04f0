package com.fasttrack.portal.engagement.jdbc;

import com.fasttrack.portal.blocker.jdbc.BlockerSql;
import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementOutline;
import com.fasttrack.portal.engagement.EngagementOutlines;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.RegionalAvailability;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.UserId;

import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.shared.jdbc.SqlArrays;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The engagement page's read (decision 025): the record ({@link EngagementRecordSql}) and everything around it in
 * one scoped statement, health included. Blockers are counted as the scope may see them ({@link BlockerSql#visible}) and as customers
 * may (shared only), so an internal blocker never reaches a customer even as a number.
 */
@Repository
class JdbcEngagementOutlines implements EngagementOutlines {

    private static final String WORKLOADS = """
            from engagement_workload w join workload_area a on a.code = w.workload_code
            left join workload_availability v on v.workload_code = w.workload_code and v.region_code = o.home_region
            where w.engagement_id = e.id order by a.sort_order""";

    private static final String PEOPLE = """
            from app_user u where u.id in (select ee.user_id from engagement_engineer ee where ee.engagement_id = e.id
                                           union select t.by_user from phase_transition t where t.engagement_id = e.id)
            order by u.id""";

    // the partner scope's rule (EngagementScopeSql): a match accepted or engaged; named by its accepted proposal
    private static final String ENGAGED_PARTNER = """
            from partner_match m join partner_proposal pp on pp.match_id = m.id and pp.status = 'ACCEPTED'
            where m.engagement_id = e.id and m.state in ('ACCEPTED', 'ENGAGED')
            order by m.requested_at desc limit 1""";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcEngagementOutlines(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<EngagementOutline> find(EngagementId id, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", id.value());
        String condition = EngagementScopeSql.condition(scope, parameters);
        String sql = "select " + EngagementRecordSql.COLUMNS + """
                ,
                o.version as o_version, o.name as o_name, o.kind as o_kind, o.home_region as o_region,
                array(select a.code %1$s) as w_codes,
                array(select a.name %1$s) as w_names,
                array(select coalesce(v.status, 'UNAVAILABLE') %1$s) as w_status,
                array(select v.available_from - date '1970-01-01' %1$s) as w_from,
                array(select u.id %2$s) as p_ids,
                array(select u.display_name %2$s) as p_names,
                (select count(*) from blocker b where b.engagement_id = e.id and %3$s and %4$s) as open_seen,
                (select count(*) from blocker b where b.engagement_id = e.id and %3$s and b.visibility = 'SHARED')
                    as open_shared,
                (select c.next_check_in - date '1970-01-01' from check_in c where c.engagement_id = e.id
                 order by c.check_in_date desc, c.recorded_at desc, c.id desc limit 1) as latest_next,
                e.health_colour, e.health_computed, e.health_score, e.health_reasons, e.health_override_colour,
                e.health_override_reason, e.health_override_by, e.health_override_until,
                hu.display_name as health_override_by_name,
                (select pp.partner_id %6$s) as engaged_partner, (select pp.partner_name %6$s) as engaged_partner_name
                from engagement e join organisation o on o.id = e.customer_id
                left join app_user hu on hu.id = e.health_override_by
                where e.id = :id and (%5$s)""".formatted(WORKLOADS, PEOPLE, BlockerSql.OPEN,
                BlockerSql.visible(scope), condition, ENGAGED_PARTNER);
        return jdbc.query(sql, parameters, (rs, i) -> outline(rs)).stream().findFirst();
    }

    private static EngagementOutline outline(ResultSet rs) throws SQLException {
        Organisation customer = new Organisation(new OrganisationId(rs.getObject("customer_id", UUID.class)),
                rs.getLong("o_version"), rs.getString("o_name"), OrganisationKind.valueOf(rs.getString("o_kind")),
                Region.fromCode(rs.getString("o_region")));
        List<String> codes = SqlArrays.strings(rs, "w_codes");
        List<String> workloadNames = SqlArrays.strings(rs, "w_names");
        List<String> status = SqlArrays.strings(rs, "w_status");
        List<Integer> from = SqlArrays.values(rs, "w_from");
        List<EngagementOutline.Workload> workloads = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Integer availableFrom = from.get(i);
            workloads.add(new EngagementOutline.Workload(new WorkloadCode(codes.get(i)), workloadNames.get(i),
                    new RegionalAvailability(Availability.valueOf(status.get(i)),
                            availableFrom == null ? null : LocalDate.ofEpochDay(availableFrom))));
        }
        List<UUID> ids = SqlArrays.uuids(rs, "p_ids");
        List<String> names = SqlArrays.strings(rs, "p_names");
        Map<UserId, String> people = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            people.put(new UserId(ids.get(i)), names.get(i));
        }
        Integer latestNext = (Integer) rs.getObject("latest_next");
        return new EngagementOutline(EngagementRecordSql.engagement(rs), customer, workloads, people,
                rs.getLong("open_seen"), rs.getLong("open_shared"),
                latestNext == null ? null : LocalDate.ofEpochDay(latestNext), health(rs), engagedPartner(rs));
    }

    private static EngagementOutline.@Nullable EngagedPartner engagedPartner(ResultSet rs) throws SQLException {
        UUID partner = SqlValues.uuid(rs, "engaged_partner");
        return partner == null ? null
                : new EngagementOutline.EngagedPartner(new OrganisationId(partner), rs.getString("engaged_partner_name"));
    }

    /** The health columns, as {@code JdbcEngagementHealth.current} reads them. */
    private static EngagementOutline.StoredHealth health(ResultSet rs) throws SQLException {
        String overrideColour = rs.getString("health_override_colour");
        UUID overrideBy = SqlValues.uuid(rs, "health_override_by");
        return new EngagementOutline.StoredHealth(HealthColour.valueOf(rs.getString("health_colour")),
                HealthColour.valueOf(rs.getString("health_computed")), rs.getInt("health_score"),
                SqlValues.lines(rs.getString("health_reasons")),
                overrideColour == null ? null : HealthColour.valueOf(overrideColour),
                rs.getString("health_override_reason"), overrideBy == null ? null : new UserId(overrideBy),
                rs.getString("health_override_by_name"), SqlValues.date(rs, "health_override_until"));
    }
}
