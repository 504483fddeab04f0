package com.fasttrack.portal.demo.scale;

import org.postgresql.copy.CopyManager;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tables the scale data set fills, in the order their foreign keys allow them to be copied. */
final class ScaleTables implements AutoCloseable {

    final CopyTable organisations = new CopyTable("organisation", "id, version, name, kind, home_region, created_at");
    final CopyTable users = new CopyTable("app_user", "id, version, email, display_name, password_hash, role, enabled, "
            + "organisation_id, password_change_required, created_at");
    final CopyTable partnerProfiles = new CopyTable("partner_profile", "organisation_id, version, partner_type, capacity");
    final CopyTable partnerRegions = new CopyTable("partner_region", "organisation_id, region_code");
    final CopyTable partnerSpecialties = new CopyTable("partner_specialty", "organisation_id, workload_code");
    final CopyTable engagements = new CopyTable("engagement", "id, version, customer_id, title, goal, "
            + "partnership_option, status, phase, target_go_live, poc_go_live, assessment_note, created_at, "
            + "check_in_cadence_days, health_colour, health_computed, health_score, health_reasons, "
            + "health_assessed_at, next_check_in_due");
    final CopyTable workloads = new CopyTable("engagement_workload", "engagement_id, workload_code");
    final CopyTable engineers = new CopyTable("engagement_engineer", "engagement_id, user_id");
    final CopyTable stakeholders = new CopyTable("stakeholder", "id, engagement_id, position, name, email, role, user_id");
    final CopyTable plannedEnds = new CopyTable("engagement_planned_end", "engagement_id, phase, planned_end");
    final CopyTable ticks = new CopyTable("engagement_checklist_tick", "engagement_id, item");
    final CopyTable transitions = new CopyTable("phase_transition", "engagement_id, seq, from_phase, to_phase, by_user, "
            + "at, reason, override");
    final CopyTable checkIns = new CopyTable("check_in", "id, version, engagement_id, check_in_date, kind, attendees, "
            + "shared_summary, internal_note, on_track, outcomes, next_steps, next_check_in, recorded_by, recorded_at, "
            + "acknowledged_by, acknowledged_at");
    final CopyTable blockers = new CopyTable("blocker", "id, version, engagement_id, title, description, severity, "
            + "owner, owner_user, raised_by, raised_at, due_date, status, resolution_note, visibility, closed_at");
    final CopyTable healthChanges = new CopyTable("health_change", "engagement_id, at, colour, score, reasons, "
            + "overridden");
    final CopyTable activities = new CopyTable("activity", "id, engagement_id, at, actor, actor_name, kind, summary, "
            + "before_value, after_value, visibility");
    final CopyTable notifications = new CopyTable("notification", "id, recipient, engagement_id, kind, text, tab, "
            + "visibility, created_at, read_at, mail");

    private final List<CopyTable> inOrder = List.of(organisations, users, partnerProfiles, partnerRegions,
            partnerSpecialties, engagements, workloads, engineers, stakeholders, plannedEnds, ticks, transitions,
            checkIns, blockers, healthChanges, activities, notifications);

    /** Copies every table in; returns the rows copied per table. */
    Map<String, Long> copyInto(CopyManager copy) {
        Map<String, Long> copied = new LinkedHashMap<>();
        for (CopyTable table : inOrder) {
            copied.put(table.name(), table.copyInto(copy));
        }
        return copied;
    }

    @Override
    public void close() {
        inOrder.forEach(CopyTable::close);
    }
}
