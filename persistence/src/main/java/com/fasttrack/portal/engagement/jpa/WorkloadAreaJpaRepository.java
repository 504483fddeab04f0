package com.fasttrack.portal.engagement.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface WorkloadAreaJpaRepository extends JpaRepository<WorkloadAreaEntity, String> {

    List<WorkloadAreaEntity> findAllByOrderBySortOrderAsc();
}
