package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.RegionalAvailability;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The workload catalogue: every signed-in user reads it, program managers change a region's availability. */
@Service
@Transactional
@PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
public class WorkloadCatalogueService {

    private final WorkloadCatalogue workloads;

    WorkloadCatalogueService(WorkloadCatalogue workloads) {
        this.workloads = workloads;
    }

    /** All 16 workload areas in catalogue order; the engagement form offers them to anyone who may edit one. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<WorkloadArea> catalogue() {
        return workloads.all();
    }

    /**
     * Sets one region's availability of a workload, provided nobody changed the workload since the caller read
     * it at {@code expectedVersion}.
     */
    @PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
    public WorkloadArea changeAvailability(WorkloadCode code, long expectedVersion, Region region,
                                           Availability status, @Nullable LocalDate availableFrom) {
        WorkloadArea current = workloads.find(code).orElseThrow(() -> new NotFoundException("Workload " + code));
        // The caller's version, not the stored one: the adapter refuses the save if they differ
        WorkloadArea asSeen = new WorkloadArea(code, expectedVersion, current.name(), current.regions());
        try {
            return workloads.save(asSeen.withAvailability(region, new RegionalAvailability(status, availableFrom)));
        } catch (OptimisticLockingFailureException stale) {
            // Thrown before anything is written or at flush; the rollback of this transaction undoes either
            throw new DomainException("Someone else changed " + current.name() + " meanwhile; reload and try again");
        }
    }
}
