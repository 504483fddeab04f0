package com.fasttrack.portal.partner.jdbc;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerFilter;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;
import com.fasttrack.portal.shared.jdbc.OptimisticLock;
import com.fasttrack.portal.shared.jpa.LikePatterns;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The partner directory in PostgreSQL through plain SQL (decision 005). A partner's load is the number of
 * engagements on which it has an accepted or engaged match; the candidate query decides region and free capacity
 * in SQL (decision 006).
 */
@Repository
class JdbcPartners implements Partners {

    private static final OptimisticLock LOCK =
            new OptimisticLock("partner_profile", "organisation_id", PartnerProfile.class);

    static final String LOAD = "(select count(distinct load_pm.engagement_id) from partner_match load_pm"
            + " where load_pm.partner_id = p.organisation_id and load_pm.state in ('ACCEPTED','ENGAGED'))";

    private static final String SELECT = "select o.id, o.name, o.home_region, p.version, p.partner_type, p.capacity, "
            + LOAD + " as active, "
            + "(select string_agg(pr.region_code, ',' order by pr.region_code) from partner_region pr"
            + " where pr.organisation_id = p.organisation_id) as regions, "
            + "(select string_agg(ps.workload_code, ',' order by ps.workload_code) from partner_specialty ps"
            + " where ps.organisation_id = p.organisation_id) as specialties "
            + "from partner_profile p join organisation o on o.id = p.organisation_id";

    private static final String SERVES = "exists (select 1 from partner_region sr where sr.organisation_id ="
            + " p.organisation_id and sr.region_code = :region)";

    private static final RowMapper<PartnerCandidate> ROW = (rs, i) -> {
        Set<Region> regions = split(rs.getString("regions")).stream().map(Region::fromCode)
                .collect(Collectors.toSet());
        Set<WorkloadCode> specialties = split(rs.getString("specialties")).stream().map(WorkloadCode::new)
                .collect(Collectors.toSet());
        PartnerProfile profile = new PartnerProfile(new OrganisationId(rs.getObject("id", UUID.class)),
                rs.getLong("version"), PartnerType.valueOf(rs.getString("partner_type")), regions, specialties,
                rs.getInt("capacity"));
        return new PartnerCandidate(profile, rs.getString("name"), Region.fromCode(rs.getString("home_region")),
                rs.getInt("active"));
    };

    private final NamedParameterJdbcTemplate jdbc;

    JdbcPartners(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    @Override
    @Transactional
    public PartnerProfile save(PartnerProfile profile) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", profile.organisationId().value())
                .addValue("version", profile.version())
                .addValue("type", profile.type().name())
                .addValue("capacity", profile.capacity());
        boolean inserted = LOCK.insertIfNew(jdbc, profile.version(), """
                insert into partner_profile (organisation_id, version, partner_type, capacity)
                values (:id, 0, :type, :capacity)""", parameters);
        long version = profile.version();
        if (!inserted) {
            LOCK.update(jdbc, "partner_type = :type, capacity = :capacity", parameters, profile.organisationId());
            version++;
            jdbc.update("delete from partner_region where organisation_id = :id", parameters);
            jdbc.update("delete from partner_specialty where organisation_id = :id", parameters);
        }
        jdbc.batchUpdate("insert into partner_region (organisation_id, region_code) values (:id, :code)",
                profile.regions().stream().map(region -> new MapSqlParameterSource("id", profile.organisationId()
                        .value()).addValue("code", region.code())).toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("insert into partner_specialty (organisation_id, workload_code) values (:id, :code)",
                profile.specialties().stream().map(code -> new MapSqlParameterSource("id", profile.organisationId()
                        .value()).addValue("code", code.value())).toArray(MapSqlParameterSource[]::new));
        return new PartnerProfile(profile.organisationId(), version, profile.type(), profile.regions(),
                profile.specialties(), profile.capacity());
    }

    @Override
    public Optional<PartnerCandidate> find(OrganisationId partner) {
        return jdbc.query(SELECT + " where p.organisation_id = :id", new MapSqlParameterSource("id", partner.value()),
                ROW).stream().findFirst();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PartnerCandidate> lockForAcceptance(OrganisationId partner) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", partner.value());
        // the lock first, the count in a statement of its own: under READ COMMITTED that statement sees every
        // acceptance committed by whoever held the lock before us
        if (jdbc.queryForList("select organisation_id from partner_profile where organisation_id = :id for update",
                parameters, UUID.class).isEmpty()) {
            return Optional.empty();
        }
        return find(partner);
    }

    @Override
    public List<PartnerCandidate> list(PartnerFilter filter, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        return jdbc.query(SELECT + " where " + where(filter, parameters)
                + " order by lower(o.name), o.id limit :limit offset :offset", parameters, ROW);
    }

    /** The page's partners chosen and counted first; only they get their load, regions and specialties. */
    @Override
    public PageResult<PartnerCandidate> page(PartnerFilter filter, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        long[] total = {0};
        List<PartnerCandidate> rows = jdbc.query("with matching as (select p.organisation_id,"
                + " count(*) over () as total from partner_profile p join organisation o on o.id = p.organisation_id"
                + " where " + where(filter, parameters) + " order by lower(o.name), o.id limit :limit offset :offset) "
                + SELECT.replaceFirst("select ", "select m.total, ")
                + " join matching m on m.organisation_id = p.organisation_id order by lower(o.name), o.id",
                parameters, (rs, i) -> {
                    total[0] = rs.getLong("total");
                    return ROW.mapRow(rs, i);
                });
        return new PageResult<>(rows, rows.isEmpty() && page.offset() > 0 ? count(filter) : total[0]);
    }

    @Override
    public long count(PartnerFilter filter) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from partner_profile p join organisation o"
                + " on o.id = p.organisation_id where " + where(filter, parameters), parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<PartnerCandidate> candidates(Region region, int limit) {
        return jdbc.query(SELECT + " where " + SERVES + " and p.capacity > " + LOAD
                        + " order by lower(o.name), o.id limit :limit",
                new MapSqlParameterSource("region", region.code()).addValue("limit", limit), ROW);
    }

    @Override
    public List<PartnerCandidate> excluded(Region region, int limit) {
        return jdbc.query(SELECT + " where not (" + SERVES + " and p.capacity > " + LOAD + ")"
                        + " order by lower(o.name), o.id limit :limit",
                new MapSqlParameterSource("region", region.code()).addValue("limit", limit), ROW);
    }

    private static String where(PartnerFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        conditions.add("true");
        if (filter.name() != null && !filter.name().isBlank()) {
            parameters.addValue("name", LikePatterns.containing(filter.name()));
            conditions.add("lower(o.name) like :name escape '\\'");
        }
        if (filter.type() != null) {
            parameters.addValue("type", filter.type().name());
            conditions.add("p.partner_type = :type");
        }
        if (filter.region() != null) {
            parameters.addValue("region", filter.region().code());
            conditions.add(SERVES);
        }
        if (filter.specialty() != null) {
            parameters.addValue("specialty", filter.specialty().value());
            conditions.add("exists (select 1 from partner_specialty fs where fs.organisation_id = p.organisation_id"
                    + " and fs.workload_code = :specialty)");
        }
        return String.join(" and ", conditions);
    }
}
