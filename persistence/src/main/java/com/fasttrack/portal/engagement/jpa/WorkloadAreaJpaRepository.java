package com.fasttrack.portal.engagement.jpa;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WorkloadAreaJpaRepository extends JpaRepository<WorkloadAreaEntity, String> {

    /** The whole catalogue with its availabilities in one statement (an eager collection alone is 1 + 16). */
    @EntityGraph(attributePaths = "regions")
    List<WorkloadAreaEntity> findAllByOrderBySortOrderAsc();
}
