package com.fasttrack.portal.engagement;

/**
 * Something a user may do on an engagement, as {@link CapabilityPolicy} decides it. Most need the engagement open
 * for its page to offer them; the services leave that refusal to the aggregates, which word it themselves.
 */
public enum Capability {
    /** Title, dates, workloads, option; also the assessment note and the PoC go-live date. */
    EDIT_DETAILS(true),
    EDIT_GOAL(true),
    EDIT_STAKEHOLDERS(true),
    /** Tick the checklist, advance through the gate, put on hold and resume. */
    MOVE_PHASE(true),
    /** Advance with an incomplete checklist, giving a reason. */
    OVERRIDE_GATE(true),
    ASSIGN_ENGINEERS(true),
    CANCEL(true),
    /** Move a blocker through its statuses. */
    CHANGE_BLOCKERS(true),
    /** Record check-ins and set the cadence. */
    RECORD_CHECK_INS(true),
    /** A customer confirms a check-in's record, also once the engagement is closed. */
    ACKNOWLEDGE_CHECK_INS(false),
    OVERRIDE_HEALTH(true),
    REQUEST_PARTNER(true),
    /** Rank, propose, engage and close a partner match; the match's own state decides which step is due. */
    MANAGE_PARTNER_MATCH(false),
    /** Add, edit and move backlog items and draft the first backlog (a partner moves only its own items). */
    PLAN_BACKLOG(false);

    private final boolean needsOpenEngagement;

    Capability(boolean needsOpenEngagement) {
        this.needsOpenEngagement = needsOpenEngagement;
    }

    /** Whether the page offers it only while the engagement is neither completed nor cancelled. */
    public boolean needsOpenEngagement() {
        return needsOpenEngagement;
    }
}
