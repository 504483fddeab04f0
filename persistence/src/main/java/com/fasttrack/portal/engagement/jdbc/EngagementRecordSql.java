package com.fasttrack.portal.engagement.jdbc;

import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.PhaseTransition;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.StakeholderId;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.jdbc.SqlArrays;
import com.fasttrack.portal.shared.jdbc.SqlValues;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The whole engagement record in one statement: the row of {@code engagement e} and its child rows (workloads,
 * engineers, stakeholders, planned ends, ticked items, phase transitions) as arrays in the same row, so that reading
 * an aggregate is one round trip instead of one per collection. Times travel as epoch microseconds, dates as epoch
 * days, so nothing depends on the session's time zone or a date's text form.
 */
public final class EngagementRecordSql {

    /** The select list of the record, for a query over {@code engagement e}. */
    public static final String COLUMNS = """
            e.id, e.version, e.customer_id, e.title, e.goal, e.partnership_option, e.status, e.phase,
            e.target_go_live, e.poc_go_live, e.assessment_note, e.created_at, e.check_in_cadence_days,
            array(select w.workload_code from engagement_workload w where w.engagement_id = e.id
                  order by w.workload_code) as r_workloads,
            array(select ee.user_id from engagement_engineer ee where ee.engagement_id = e.id
                  order by ee.user_id) as r_engineers,
            array(select k.item from engagement_checklist_tick k where k.engagement_id = e.id
                  order by k.item) as r_ticked,
            array(select p.phase from engagement_planned_end p where p.engagement_id = e.id
                  order by p.phase) as r_end_phases,
            array(select p.planned_end - date '1970-01-01' from engagement_planned_end p
                  where p.engagement_id = e.id order by p.phase) as r_end_dates,
            array(select s.id from stakeholder s where s.engagement_id = e.id order by s.position) as r_s_ids,
            array(select s.name from stakeholder s where s.engagement_id = e.id order by s.position) as r_s_names,
            array(select s.email from stakeholder s where s.engagement_id = e.id order by s.position) as r_s_emails,
            array(select s.role from stakeholder s where s.engagement_id = e.id order by s.position) as r_s_roles,
            array(select s.user_id from stakeholder s where s.engagement_id = e.id order by s.position) as r_s_users,
            array(select t.from_phase from phase_transition t where t.engagement_id = e.id order by t.seq)
                as r_t_from,
            array(select t.to_phase from phase_transition t where t.engagement_id = e.id order by t.seq) as r_t_to,
            array(select t.by_user from phase_transition t where t.engagement_id = e.id order by t.seq) as r_t_by,
            array(select (extract(epoch from t.at) * 1000000)::bigint from phase_transition t
                  where t.engagement_id = e.id order by t.seq) as r_t_at,
            array(select t.reason from phase_transition t where t.engagement_id = e.id order by t.seq)
                as r_t_reasons,
            array(select t.override from phase_transition t where t.engagement_id = e.id order by t.seq)
                as r_t_overrides""";

    private EngagementRecordSql() {
    }

    /** The engagement of the current row of a query selecting {@link #COLUMNS}. */
    public static Engagement engagement(ResultSet rs) throws SQLException {
        Set<WorkloadCode> workloads = new LinkedHashSet<>();
        for (String code : SqlArrays.strings(rs, "r_workloads")) {
            workloads.add(new WorkloadCode(code));
        }
        Set<UserId> engineers = new LinkedHashSet<>();
        for (UUID id : SqlArrays.uuids(rs, "r_engineers")) {
            engineers.add(new UserId(id));
        }
        Set<ChecklistItem> ticked = EnumSet.noneOf(ChecklistItem.class);
        for (String item : SqlArrays.strings(rs, "r_ticked")) {
            ticked.add(ChecklistItem.valueOf(item));
        }
        Map<Phase, LocalDate> plannedEnds = new EnumMap<>(Phase.class);
        List<String> endPhases = SqlArrays.strings(rs, "r_end_phases");
        List<Integer> endDates = SqlArrays.values(rs, "r_end_dates");
        for (int i = 0; i < endPhases.size(); i++) {
            plannedEnds.put(Phase.valueOf(endPhases.get(i)), LocalDate.ofEpochDay(endDates.get(i)));
        }
        return Engagement.restore(new EngagementState(new EngagementId(rs.getObject("id", UUID.class)),
                rs.getLong("version"), new OrganisationId(rs.getObject("customer_id", UUID.class)),
                rs.getString("title"), rs.getString("goal"), PartnershipOption.valueOf(rs.getString("partnership_option")),
                workloads, engineers, stakeholders(rs), EngagementStatus.valueOf(rs.getString("status")),
                Phase.valueOf(rs.getString("phase")), plannedEnds, SqlValues.date(rs, "target_go_live"),
                SqlValues.date(rs, "poc_go_live"), rs.getString("assessment_note"), ticked, transitions(rs),
                SqlValues.instant(rs, "created_at"), (Integer) rs.getObject("check_in_cadence_days")));
    }

    private static List<Stakeholder> stakeholders(ResultSet rs) throws SQLException {
        List<UUID> ids = SqlArrays.uuids(rs, "r_s_ids");
        List<String> names = SqlArrays.strings(rs, "r_s_names");
        List<String> emails = SqlArrays.strings(rs, "r_s_emails");
        List<String> roles = SqlArrays.strings(rs, "r_s_roles");
        List<UUID> users = SqlArrays.uuids(rs, "r_s_users");
        List<Stakeholder> stakeholders = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID user = users.get(i);
            stakeholders.add(new Stakeholder(new StakeholderId(ids.get(i)), names.get(i), emails.get(i),
                    StakeholderRole.valueOf(roles.get(i)), user == null ? null : new UserId(user)));
        }
        return stakeholders;
    }

    private static List<PhaseTransition> transitions(ResultSet rs) throws SQLException {
        List<String> from = SqlArrays.strings(rs, "r_t_from");
        List<String> to = SqlArrays.strings(rs, "r_t_to");
        List<UUID> by = SqlArrays.uuids(rs, "r_t_by");
        List<Long> at = SqlArrays.values(rs, "r_t_at");
        List<String> reasons = SqlArrays.strings(rs, "r_t_reasons");
        List<Boolean> overrides = SqlArrays.values(rs, "r_t_overrides");
        List<PhaseTransition> transitions = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            String target = to.get(i);
            transitions.add(new PhaseTransition(Phase.valueOf(from.get(i)), target == null ? null : Phase.valueOf(target),
                    new UserId(by.get(i)), SqlArrays.micros(at.get(i)), reasons.get(i), overrides.get(i)));
        }
        return transitions;
    }
}
