package com.fasttrack.portal.partner.jdbc;

import com.fasttrack.portal.engagement.EngagementId;
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
import com.fasttrack.portal.shared.jdbc.OptimisticLock;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    private record Head(UUID id, long version, UUID engagement, String preferredType, String note, UUID requestedBy,
                        Instant requestedAt, String state) {
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

    private List<PartnerMatch> load(String where, MapSqlParameterSource parameters) {
        List<Head> heads = jdbc.query("select m.id, m.version, m.engagement_id, m.preferred_type, m.note,"
                        + " m.requested_by, m.requested_at, m.state from partner_match m where " + where
                        + " order by m.requested_at desc, m.id", parameters,
                (rs, i) -> new Head(rs.getObject("id", UUID.class), rs.getLong("version"),
                        rs.getObject("engagement_id", UUID.class), rs.getString("preferred_type"),
                        rs.getString("note"), rs.getObject("requested_by", UUID.class),
                        SqlValues.instant(rs, "requested_at"), rs.getString("state")));
        List<PartnerMatch> matches = new ArrayList<>();
        for (Head head : heads) {
            MapSqlParameterSource id = new MapSqlParameterSource("id", head.id());
            Set<WorkloadCode> workloads = new HashSet<>(jdbc.query(
                    "select workload_code from partner_match_workload where match_id = :id", id,
                    (rs, i) -> new WorkloadCode(rs.getString(1))));
            List<Proposal> proposals = jdbc.query("""
                    select partner_id, partner_name, score, breakdown, status, opened_at, decided_at, reason
                    from partner_proposal where match_id = :id order by position""", id,
                    (rs, i) -> new Proposal(new OrganisationId(rs.getObject("partner_id", UUID.class)),
                            rs.getString("partner_name"), rs.getInt("score"), rs.getString("breakdown"),
                            ProposalStatus.valueOf(rs.getString("status")), SqlValues.nullableInstant(rs, "opened_at"),
                            SqlValues.nullableInstant(rs, "decided_at"), rs.getString("reason")));
            List<MatchTransition> transitions = jdbc.query("""
                    select by_user, at, from_state, to_state, reason
                    from partner_match_transition where match_id = :id order by seq""", id,
                    (rs, i) -> {
                        UUID by = SqlValues.uuid(rs, "by_user");
                        String from = rs.getString("from_state");
                        return new MatchTransition(by == null ? null : new UserId(by), SqlValues.instant(rs, "at"),
                                from == null ? null : MatchStatus.valueOf(from),
                                MatchStatus.valueOf(rs.getString("to_state")), rs.getString("reason"));
                    });
            matches.add(new PartnerMatch(new PartnerMatchId(head.id()), head.version(),
                    new EngagementId(head.engagement()), workloads,
                    head.preferredType() == null ? null : PartnerType.valueOf(head.preferredType()), head.note(),
                    new UserId(head.requestedBy()), head.requestedAt(), MatchStatus.valueOf(head.state()), proposals,
                    transitions));
        }
        return matches;
    }
}
