package com.fasttrack.portal.engagement.jdbc;

import com.fasttrack.portal.engagement.EngagementCustomers;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Customer organisations within a scope, decided in SQL by {@link EngagementScopeSql#customerCondition}. */
@Repository
@Transactional(readOnly = true)
class JdbcEngagementCustomers implements EngagementCustomers {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcEngagementCustomers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Region> homeRegion(OrganisationId customer, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", customer.value());
        String condition = EngagementScopeSql.customerCondition(scope, parameters);
        return jdbc.query("select o.home_region from organisation o where o.id = :id and " + condition, parameters,
                (rs, i) -> Region.fromCode(rs.getString("home_region"))).stream().findFirst();
    }
}
