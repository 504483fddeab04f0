package com.fasttrack.portal.checkin.jdbc;

import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInId;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.jdbc.EngagementScopeSql;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;
import com.fasttrack.portal.shared.jdbc.OptimisticLock;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-ins in PostgreSQL through plain SQL (see decision 005). Every read joins the engagement and applies
 * {@link EngagementScopeSql}; for customers and partners the internal note is replaced by '' in the select list,
 * so it never leaves the database.
 */
@Repository
class JdbcCheckIns implements CheckIns {

    private static final OptimisticLock LOCK = new OptimisticLock("check_in", "id", CheckIn.class);

    private static final String COLUMNS = """
            c.id, c.version, c.engagement_id, c.check_in_date, c.kind, c.attendees, c.shared_summary,
            %s as internal_note, c.on_track, c.outcomes, c.next_steps, c.next_check_in, c.recorded_by,
            c.recorded_at, c.acknowledged_by, c.acknowledged_at""";

    private static final RowMapper<CheckIn> ROW = (rs, i) -> {
        UUID acknowledgedBy = SqlValues.uuid(rs, "acknowledged_by");
        return new CheckIn(new CheckInId(rs.getObject("id", UUID.class)), rs.getLong("version"),
                new EngagementId(rs.getObject("engagement_id", UUID.class)), SqlValues.date(rs, "check_in_date"),
                CheckInKind.valueOf(rs.getString("kind")), SqlValues.lines(rs.getString("attendees")),
                rs.getString("shared_summary"), rs.getString("internal_note"),
                OnTrack.valueOf(rs.getString("on_track")),
                rs.getString("outcomes"), rs.getString("next_steps"), SqlValues.date(rs, "next_check_in"),
                new UserId(rs.getObject("recorded_by", UUID.class)), SqlValues.instant(rs, "recorded_at"),
                acknowledgedBy == null ? null : new UserId(acknowledgedBy),
                SqlValues.nullableInstant(rs, "acknowledged_at"));
    };

    private static final String FORMER_USER = "Former user";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCheckIns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a new check-in (version 0) or updates a stored one whose version still matches. An update keeps the
     * stored internal note: a check-in read through a customer's scope carries '' in its place, and saving it back
     * (an acknowledgement) must not erase the note.
     */
    @Override
    @Transactional
    public CheckIn save(CheckIn checkIn) {
        for (String attendee : checkIn.attendees()) {
            if (attendee.contains("\n")) {
                throw new DomainException("An attendee must fit on one line: " + attendee.replace('\n', ' '));
            }
        }
        MapSqlParameterSource parameters = parameters(checkIn);
        if (LOCK.insertIfNew(jdbc, checkIn.version(), """
                insert into check_in (id, version, engagement_id, check_in_date, kind, attendees, shared_summary,
                                      internal_note, on_track, outcomes, next_steps, next_check_in, recorded_by,
                                      recorded_at, acknowledged_by, acknowledged_at)
                values (:id, 0, :engagement, :date, :kind, :attendees, :sharedSummary, :internalNote, :onTrack,
                        :outcomes, :nextSteps, :nextCheckIn, :recordedBy, :recordedAt, :acknowledgedBy,
                        :acknowledgedAt)""", parameters)) {
            return checkIn;
        }
        LOCK.update(jdbc, """
                check_in_date = :date, kind = :kind, attendees = :attendees, shared_summary = :sharedSummary,
                on_track = :onTrack, outcomes = :outcomes, next_steps = :nextSteps, next_check_in = :nextCheckIn,
                acknowledged_by = :acknowledgedBy, acknowledged_at = :acknowledgedAt""", parameters,
                checkIn.id().value());
        return new CheckIn(checkIn.id(), checkIn.version() + 1, checkIn.engagementId(), checkIn.date(),
                checkIn.kind(), checkIn.attendees(), checkIn.sharedSummary(), checkIn.internalNote(),
                checkIn.onTrack(), checkIn.outcomes(), checkIn.nextSteps(), checkIn.nextCheckIn(),
                checkIn.recordedBy(), checkIn.recordedAt(), checkIn.acknowledgedBy(), checkIn.acknowledgedAt());
    }

    private static MapSqlParameterSource parameters(CheckIn checkIn) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", checkIn.id().value())
                .addValue("version", checkIn.version())
                .addValue("engagement", checkIn.engagementId().value())
                .addValue("date", checkIn.date())
                .addValue("kind", checkIn.kind().name())
                .addValue("attendees", SqlValues.lines(checkIn.attendees()))
                .addValue("sharedSummary", checkIn.sharedSummary())
                .addValue("internalNote", checkIn.internalNote())
                .addValue("onTrack", checkIn.onTrack().name())
                .addValue("outcomes", checkIn.outcomes())
                .addValue("nextSteps", checkIn.nextSteps())
                .addValue("nextCheckIn", checkIn.nextCheckIn())
                .addValue("recordedBy", checkIn.recordedBy().value())
                .addValue("recordedAt", SqlValues.timestamp(checkIn.recordedAt()));
        SqlValues.nullable(parameters, "acknowledgedBy",
                checkIn.acknowledgedBy() == null ? null : checkIn.acknowledgedBy().value(), Types.OTHER);
        SqlValues.nullable(parameters, "acknowledgedAt", SqlValues.timestamp(checkIn.acknowledgedAt()),
                Types.TIMESTAMP_WITH_TIMEZONE);
        return parameters;
    }

    @Override
    public Optional<CheckIn> find(CheckInId id, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", id.value());
        return jdbc.query(select(scope, parameters) + " and c.id = :id", parameters, ROW).stream().findFirst();
    }

    @Override
    public List<CheckIn> of(EngagementId engagement, EngagementScope scope, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value())
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        return jdbc.query(select(scope, parameters) + """
                 and c.engagement_id = :engagement
                order by c.check_in_date desc, c.recorded_at desc, c.id desc
                limit :limit offset :offset""", parameters, ROW);
    }

    @Override
    public long count(EngagementId engagement, EngagementScope scope) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value());
        String scoped = EngagementScopeSql.condition(scope, parameters);
        Long count = jdbc.queryForObject("""
                select count(*) from check_in c join engagement e on e.id = c.engagement_id
                where c.engagement_id = :engagement and (%s)""".formatted(scoped), parameters, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public Slice<Named> page(EngagementId engagement, EngagementScope scope, PageRequest page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("engagement", engagement.value())
                .addValue("limit", page.limit()).addValue("offset", page.offset());
        String internalNote = scope.seesInternal() ? "c.internal_note" : "''";
        String scoped = EngagementScopeSql.condition(scope, parameters);
        long[] total = {0};
        // the total as a subquery of its own, so that the page itself is read from the index up to its limit
        List<Named> rows = jdbc.query("select " + COLUMNS.formatted(internalNote) + """
                , (select count(*) from check_in c join engagement e on e.id = c.engagement_id
                   where (%1$s) and c.engagement_id = :engagement) as total,
                  r.display_name as recorded_by_name, a.display_name as acknowledged_by_name
                from check_in c join engagement e on e.id = c.engagement_id
                left join app_user r on r.id = c.recorded_by left join app_user a on a.id = c.acknowledged_by
                where (%1$s) and c.engagement_id = :engagement
                order by c.check_in_date desc, c.recorded_at desc, c.id desc
                limit :limit offset :offset""".formatted(scoped), parameters,
                (rs, i) -> {
                    total[0] = rs.getLong("total");
                    CheckIn checkIn = ROW.mapRow(rs, i);
                    String recordedBy = rs.getString("recorded_by_name");
                    String acknowledgedBy = rs.getString("acknowledged_by_name");
                    return new Named(checkIn, recordedBy == null ? FORMER_USER : recordedBy,
                            checkIn.acknowledgedBy() == null ? null
                                    : acknowledgedBy == null ? FORMER_USER : acknowledgedBy);
                });
        return new Slice<>(rows, total[0]);
    }

    @Override
    public Optional<CheckIn> latest(EngagementId engagement, EngagementScope scope) {
        return of(engagement, scope, PageRequest.of(0, 1)).stream().findFirst();
    }

    /** The select up to its scoped where clause; callers append their own conditions with "and". */
    private static String select(EngagementScope scope, MapSqlParameterSource parameters) {
        String internalNote = scope.seesInternal() ? "c.internal_note" : "''";
        return "select " + COLUMNS.formatted(internalNote)
                + " from check_in c join engagement e on e.id = c.engagement_id where ("
                + EngagementScopeSql.condition(scope, parameters) + ")";
    }
}
