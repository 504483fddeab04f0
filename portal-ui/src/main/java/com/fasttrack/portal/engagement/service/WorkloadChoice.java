package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.WorkloadCode;

/** A workload as the engagement form offers it, with its availability in the chosen customer's region. */
public record WorkloadChoice(WorkloadCode code, String name, Availability availability, String regionName) {

    public String label() {
        return switch (availability) {
            case AVAILABLE -> name;
            case PREVIEW -> name + " (preview)";
            case UNAVAILABLE -> name + " (not available in " + regionName + ")";
        };
    }
}
