package com.fasttrack.portal.partner.jdbc;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.MatchTransition;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatchId;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Proposal;
import com.fasttrack.portal.partner.ProposalStatus;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.jdbc.SqlArrays;
import com.fasttrack.portal.shared.jdbc.OptimisticLock;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Partner matches in PostgreSQL (decision 005): the match row carries the accepted partner in {@code partner_id},
 * which is all {@code EngagementScopeSql} reads; proposals and the append-only history are child rows.
 */
@Repository
class JdbcPartnerMatches implements PartnerMatches {

    private static final OptimisticLock LOCK = new OptimisticLock("partner_match", "id", PartnerMatch.class);

    private static final String ACTIVE = "('REQUESTED','PROPOSED','ACCEPTED','ENGAGED')";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcPartnerMatches(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public PartnerMatch save(PartnerMatch match) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", match.id().value())
                .addValue("version", match.version())
                .addValue("engagement", match.engagementId().value())
                .addValue("note", match.note())
                .addValue("requestedBy", match.requestedBy().value())
                .addValue("requestedAt", SqlValues.timestamp(match.requestedAt()))
                .addValue("state", match.status().name());
        SqlValues.nullable(parameters, "preferredType",
                match.preferredType() == null ? null : match.preferredType().name(), Types.VARCHAR);
        SqlValues.nullable(parameters, "partner", match.partner().map(OrganisationId::value).orElse(null),
                Types.OTHER);
        boolean inserted = LOCK.insertIfNew(jdbc, match.version(), """
                insert into partner_match (id, version, engagement_id, preferred_type, note, requested_by,
                                           requested_at, state, partner_id)
                values (:id, 0, :engagement, :preferredType, :note, :requestedBy, :requestedAt, :state, :partner)""",
                parameters);
        if (inserted) {
            jdbc.batchUpdate("insert into partner_match_workload (match_id, workload_code) values (:id, :code)",
                    match.workloads().stream().map(code -> new MapSqlParameterSource("id", match.id().value())
                            .addValue("code", code.value())).toArray(MapSqlParameterSource[]::new));
        } else {
            LOCK.update(jdbc, "state = :state, partner_id = :partner", parameters, match.id().value());
        }
        List<MapSqlParameterSource> proposals = new ArrayList<>();
        for (int i = 0; i < match.proposals().size(); i++) {
            Proposal proposal = match.proposals().get(i);
            MapSqlParameterSource row = new MapSqlParameterSource("id", match.id().value())
                    .addValue("position", i + 1)
                    .addValue("partner", proposal.partner().value())
                    .addValue("name", proposal.partnerName())
                    .addValue("score", proposal.score())
                    .addValue("breakdown", proposal.breakdown())
                    .addValue("status", proposal.status().name())
                    .addValue("reason", proposal.reason());
            SqlValues.nullable(row, "openedAt", SqlValues.timestamp(proposal.openedAt()),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            SqlValues.nullable(row, "decidedAt", SqlValues.timestamp(proposal.decidedAt()),
                    Types.TIMESTAMP_WITH_TIMEZONE);
            proposals.add(row);
        }
        jdbc.batchUpdate("""
                insert into partner_proposal (match_id, position, partner_id, partner_name, score, breakdown, status,
                                              opened_at, decided_at, reason)
                values (:id, :position, :partner, :name, :score, :breakdown, :status, :openedAt, :decidedAt, :reason)
                on conflict (match_id, position) do update set status = excluded.status,
                    opened_at = excluded.opened_at, decided_at = excluded.decided_at, reason = excluded.reason""",
                proposals.toArray(MapSqlParameterSource[]::new));
        // the history is append-only: rows already stored are never rewritten
        List<MapSqlParameterSource> transitions = new ArrayList<>();
        for (int i = 0; i < match.transitions().size(); i++) {
            MatchTransition transition = match.transitions().get(i);
            MapSqlParameterSource row = new MapSqlParameterSource("id", match.id().value())
                    .addValue("seq", i + 1)
                    .addValue("at", SqlValues.timestamp(transition.at()))
                    .addValue("to", transition.to().name())
                    .addValue("reason", transition.reason());
            SqlValues.nullable(row, "by", transition.by() == null ? null : transition.by().value(), Types.OTHER);
            SqlValues.nullable(row, "from", transition.from() == null ? null : transition.from().name(),
                    Types.VARCHAR);
            transitions.add(row);
        }
        jdbc.batchUpdate("""
                insert into partner_match_transition (match_id, seq, by_user, at, from_state, to_state, reason)
                values (:id, :seq, :by, :at, :from, :to, :reason) on conflict (match_id, seq) do nothing""",
                transitions.toArray(MapSqlParameterSource[]::new));
        return new PartnerMatch(match.id(), inserted ? 0 : match.version() + 1, match.engagementId(),
                match.workloads(), match.preferredType(), match.note(), match.requestedBy(), match.requestedAt(),
                match.status(), match.proposals(), match.transitions());
    }

    @Override
    public Optional<PartnerMatch> find(PartnerMatchId id, EngagementId engagement) {
        return load("m.id = :id and m.engagement_id = :engagement", new MapSqlParameterSource("id", id.value())
                .addValue("engagement", engagement.value())).stream().findFirst();
    }

    @Override
    public List<PartnerMatch> of(EngagementId engagement) {
        return load("m.engagement_id = :engagement", new MapSqlParameterSource("engagement", engagement.value()));
    }

    @Override
    public Optional<PartnerMatch> active(EngagementId engagement) {
        return load("m.engagement_id = :engagement and m.state in " + ACTIVE,
                new MapSqlParameterSource("engagement", engagement.value())).stream().findFirst();
    }

    @Override
    public Optional<PartnerMatch> engagedOn(EngagementId engagement, OrganisationId partner) {
        return load("m.engagement_id = :engagement and m.partner_id = :partner and m.state in ('ACCEPTED','ENGAGED')",
                new MapSqlParameterSource("engagement", engagement.value()).addValue("partner", partner.value()))
                .stream().findFirst();
    }

    @Override
    public List<PartnerMatch> proposedBefore(Instant openedBefore, int limit) {
        return load("m.state = 'PROPOSED' and m.id in (select pp.match_id from partner_proposal pp"
                        + " where pp.status = 'OPEN' and pp.opened_at <= :before order by pp.opened_at limit :limit)",
                new MapSqlParameterSource("before", SqlValues.timestamp(openedBefore)).addValue("limit", limit));
    }

    @Override
    public Named ofWithin(EngagementId engagement, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value());
        String scoped = EngagementScopeSql.condition(scope, parameters);
        Map<UserId, String> people = new HashMap<>();
        List<PartnerMatch> matches = query("m.engagement_id = :engagement and exists (select 1 from engagement e"
                + " where e.id = m.engagement_id and (" + scoped + "))", parameters, people);
        return new Named(matches, people);
    }

    private List<PartnerMatch> load(String where, MapSqlParameterSource parameters) {
        return query(where, parameters, new HashMap<>());
    }

    /**
     * The matches with their workloads, proposals and history as arrays of the same row: one statement, however
     * many matches (decision 025). The names of the people in the history go to {@code people}.
     */
    private List<PartnerMatch> query(String where, MapSqlParameterSource parameters, Map<UserId, String> people) {
        return jdbc.query("""
                select m.id, m.version, m.engagement_id, m.preferred_type, m.note, m.requested_by, m.requested_at,
                       m.state,
                       array(select w.workload_code from partner_match_workload w where w.match_id = m.id
                             order by w.workload_code) as workloads,
                       array(select p.partner_id %1$s) as p_partner,
                       array(select p.partner_name %1$s) as p_name,
                       array(select p.score %1$s) as p_score,
                       array(select p.breakdown %1$s) as p_breakdown,
                       array(select p.status %1$s) as p_status,
                       array(select (extract(epoch from p.opened_at) * 1000000)::bigint %1$s) as p_opened,
                       array(select (extract(epoch from p.decided_at) * 1000000)::bigint %1$s) as p_decided,
                       array(select p.reason %1$s) as p_reason,
                       array(select t.by_user %2$s) as t_by,
                       array(select u.display_name %2$s) as t_by_name,
                       array(select (extract(epoch from t.at) * 1000000)::bigint %2$s) as t_at,
                       array(select t.from_state %2$s) as t_from,
                       array(select t.to_state %2$s) as t_to,
                       array(select t.reason %2$s) as t_reason
                from partner_match m where %3$s
                order by m.requested_at desc, m.id""".formatted(
                        "from partner_proposal p where p.match_id = m.id order by p.position",
                        "from partner_match_transition t left join app_user u on u.id = t.by_user"
                                + " where t.match_id = m.id order by t.seq", where),
                parameters, (rs, i) -> match(rs, people));
    }

    private static PartnerMatch match(ResultSet rs, Map<UserId, String> people) throws SQLException {
        Set<WorkloadCode> workloads = new HashSet<>();
        for (String code : SqlArrays.strings(rs, "workloads")) {
            workloads.add(new WorkloadCode(code));
        }
        List<UUID> partners = SqlArrays.uuids(rs, "p_partner");
        List<String> names = SqlArrays.strings(rs, "p_name");
        List<Integer> scores = SqlArrays.values(rs, "p_score");
        List<String> breakdowns = SqlArrays.strings(rs, "p_breakdown");
        List<String> statuses = SqlArrays.strings(rs, "p_status");
        List<Long> opened = SqlArrays.values(rs, "p_opened");
        List<Long> decided = SqlArrays.values(rs, "p_decided");
        List<String> reasons = SqlArrays.strings(rs, "p_reason");
        List<Proposal> proposals = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            proposals.add(new Proposal(new OrganisationId(partners.get(i)), names.get(i), scores.get(i),
                    breakdowns.get(i), ProposalStatus.valueOf(statuses.get(i)), instant(opened.get(i)),
                    instant(decided.get(i)), reasons.get(i)));
        }
        List<UUID> by = SqlArrays.uuids(rs, "t_by");
        List<String> byNames = SqlArrays.strings(rs, "t_by_name");
        List<Long> at = SqlArrays.values(rs, "t_at");
        List<String> from = SqlArrays.strings(rs, "t_from");
        List<String> to = SqlArrays.strings(rs, "t_to");
        List<String> stepReasons = SqlArrays.strings(rs, "t_reason");
        List<MatchTransition> transitions = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            UUID user = by.get(i);
            if (user != null && byNames.get(i) != null) {
                people.put(new UserId(user), byNames.get(i));
            }
            transitions.add(new MatchTransition(user == null ? null : new UserId(user),
                    SqlArrays.micros(at.get(i)), from.get(i) == null ? null : MatchStatus.valueOf(from.get(i)),
                    MatchStatus.valueOf(to.get(i)), stepReasons.get(i)));
        }
        String preferred = rs.getString("preferred_type");
        return new PartnerMatch(new PartnerMatchId(rs.getObject("id", UUID.class)), rs.getLong("version"),
                new EngagementId(rs.getObject("engagement_id", UUID.class)), workloads,
                preferred == null ? null : PartnerType.valueOf(preferred), rs.getString("note"),
                new UserId(rs.getObject("requested_by", UUID.class)), SqlValues.instant(rs, "requested_at"),
                MatchStatus.valueOf(rs.getString("state")), proposals, transitions);
    }

    private static @Nullable Instant instant(@Nullable Long micros) {
        return micros == null ? null : SqlArrays.micros(micros);
    }
}
