package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.WorkloadCode;

/** A workload as a filter offers it: its code and name, without its availability per region. */
public record WorkloadName(WorkloadCode code, String name) {
}
