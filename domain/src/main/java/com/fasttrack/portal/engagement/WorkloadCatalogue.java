package com.fasttrack.portal.engagement;

import java.util.List;
import java.util.Optional;

/** The port to the workload catalogue, reference data that program managers edit. */
public interface WorkloadCatalogue {

    /** The whole catalogue (16 areas), in catalogue order. */
    List<WorkloadArea> all();

    Optional<WorkloadArea> find(WorkloadCode code);

    WorkloadArea save(WorkloadArea area);
}
