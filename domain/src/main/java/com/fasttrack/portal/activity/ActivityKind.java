package com.fasttrack.portal.activity;

import java.util.EnumSet;
import java.util.Set;

/** What changed. */
public enum ActivityKind {
    ENGAGEMENT_CREATED("Engagement created", Scope.RECORD),
    FIELDS_CHANGED("Details changed", Scope.RECORD),
    GOAL_CHANGED("Goal / vision changed", Scope.RECORD),
    STAKEHOLDERS_CHANGED("Stakeholders changed", Scope.RECORD),
    PHASE_CHANGED("Phase changed", Scope.RECORD),
    STATUS_CHANGED("Status changed", Scope.RECORD),
    CHECKLIST_CHANGED("Checklist changed", Scope.RECORD),
    ENGINEERS_CHANGED("Engineers changed", Scope.RECORD),
    CHECK_IN_RECORDED("Check-in recorded", Scope.PART),
    CHECK_IN_ACKNOWLEDGED("Check-in acknowledged", Scope.PART),
    CADENCE_CHANGED("Cadence changed", Scope.RECORD),
    BLOCKER_RAISED("Blocker raised", Scope.PART),
    BLOCKER_CHANGED("Blocker changed", Scope.PART),
    HEALTH_OVERRIDDEN("Health overridden", Scope.PART),
    PARTNER_REQUESTED("Partner requested", Scope.MATCHMAKING),
    PARTNER_PROPOSED("Partner proposed", Scope.MATCHMAKING),
    PARTNER_ACCEPTED("Partner accepted", Scope.MATCHMAKING),
    PARTNER_DECLINED("Partner declined", Scope.MATCHMAKING),
    PARTNER_EXPIRED("Partner proposal expired", Scope.MATCHMAKING),
    PARTNER_ENGAGED("Partner engaged", Scope.PART),
    PARTNER_RELEASED("Partner work closed", Scope.PART),
    BACKLOG_ITEM_ADDED("Backlog item added", Scope.PART),
    BACKLOG_ITEM_CHANGED("Backlog item changed", Scope.PART);

    /** What an entry of the kind is about. */
    private enum Scope {
        /** The engagement record itself, written with a new version of it. */
        RECORD,
        /** A part with rows of its own (check-ins, blockers, health, matches, backlog). */
        PART,
        /** A step of finding a partner. */
        MATCHMAKING
    }

    private final String label;
    private final Scope scope;

    ActivityKind(String label, Scope scope) {
        this.label = label;
        this.scope = scope;
    }

    public String label() {
        return label;
    }

    /**
     * Steps of finding a partner (who was proposed, accepted or declined): partners never see them, even on an
     * engagement they work on, because partners never see a match.
     */
    public boolean isMatchmaking() {
        return scope == Scope.MATCHMAKING;
    }

    /** Whether entries of this kind are written with a new version of the engagement record itself. */
    public boolean changesTheRecord() {
        return scope == Scope.RECORD;
    }

    /**
     * The kinds written with a new version of the engagement record itself (its fields, stakeholders, phase, ...);
     * check-ins, blockers, health, matches and the backlog live in their own rows and leave the record's version
     * alone.
     */
    public static Set<ActivityKind> recordChanges() {
        Set<ActivityKind> kinds = EnumSet.noneOf(ActivityKind.class);
        for (ActivityKind kind : values()) {
            if (kind.changesTheRecord()) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
