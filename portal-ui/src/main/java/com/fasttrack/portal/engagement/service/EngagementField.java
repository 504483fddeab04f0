package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Phase;

import org.jspecify.annotations.Nullable;

/** A field of the engagement edit that two people can change at the same time, in the form's order. */
public enum EngagementField {
    TITLE("title", "Title", null),
    OPTION("option", "Partnership option", null),
    WORKLOADS("workloads", "Workloads", null),
    GOAL("goal", "Goal / vision", null),
    TARGET_GO_LIVE("target-go-live", "Target go-live", null),
    DISCOVERY_END("planned-end-discovery", "Planned end of " + Phase.DISCOVERY.label(), Phase.DISCOVERY),
    SOLUTION_ENABLEMENT_END("planned-end-solution-enablement",
            "Planned end of " + Phase.SOLUTION_ENABLEMENT.label(), Phase.SOLUTION_ENABLEMENT),
    CONTINUOUS_PARTNERSHIP_END("planned-end-continuous-partnership",
            "Planned end of " + Phase.CONTINUOUS_PARTNERSHIP.label(), Phase.CONTINUOUS_PARTNERSHIP);

    private final String key;
    private final String label;
    private final @Nullable Phase phase;

    EngagementField(String key, String label, @Nullable Phase phase) {
        this.key = key;
        this.label = label;
        this.phase = phase;
    }

    /** A stable lower-case name, for element ids. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The field holding the planned end of a phase. */
    public static EngagementField plannedEndOf(Phase phase) {
        for (EngagementField field : values()) {
            if (field.phase == phase) {
                return field;
            }
        }
        throw new IllegalArgumentException("No planned-end field for " + phase);
    }

    /**
     * The field's value in a draft, as the engagement would store it: texts stripped (the record strips them), an
     * empty date as null.
     */
    public @Nullable Object in(EngagementDraft draft) {
        return switch (this) {
            case TITLE -> draft.title().strip();
            case OPTION -> draft.option();
            case WORKLOADS -> draft.workloads();
            case GOAL -> draft.goal().strip();
            case TARGET_GO_LIVE -> draft.targetGoLive();
            case DISCOVERY_END, SOLUTION_ENABLEMENT_END, CONTINUOUS_PARTNERSHIP_END -> draft.plannedEnds().get(phase);
        };
    }
}
