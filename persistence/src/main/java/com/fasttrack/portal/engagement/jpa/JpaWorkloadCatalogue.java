package com.fasttrack.portal.engagement.jpa;

import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.RegionalAvailability;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The workload catalogue in PostgreSQL (16 rows of reference data, read whole). */
@Repository
class JpaWorkloadCatalogue implements WorkloadCatalogue {

    private final WorkloadAreaJpaRepository repository;

    JpaWorkloadCatalogue(WorkloadAreaJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<WorkloadArea> all() {
        return repository.findAllByOrderBySortOrderAsc().stream().map(JpaWorkloadCatalogue::toDomain).toList();
    }

    @Override
    public Optional<WorkloadArea> find(WorkloadCode code) {
        return repository.findById(code.value()).map(JpaWorkloadCatalogue::toDomain);
    }

    @Override
    public WorkloadArea save(WorkloadArea area) {
        WorkloadAreaEntity entity = repository.findById(area.code().value())
                .orElseThrow(() -> new IllegalArgumentException("No workload " + area.code()));
        if (entity.getVersion() != area.version()) {
            throw new ObjectOptimisticLockingFailureException(WorkloadAreaEntity.class, area.code().value());
        }
        entity.setName(area.name());
        for (Region region : Region.values()) {
            RegionalAvailability availability = area.in(region);
            entity.getRegions().put(region.code(), new WorkloadAreaEntity.AvailabilityValue(
                    availability.status().name(), availability.availableFrom()));
        }
        return toDomain(repository.saveAndFlush(entity));
    }

    static WorkloadArea toDomain(WorkloadAreaEntity entity) {
        Map<Region, RegionalAvailability> regions = new EnumMap<>(Region.class);
        entity.getRegions().forEach((code, value) -> regions.put(Region.fromCode(code),
                new RegionalAvailability(Availability.valueOf(value.getStatus()), value.getAvailableFrom())));
        return new WorkloadArea(new WorkloadCode(entity.getCode()), entity.getVersion(), entity.getName(), regions);
    }
}
