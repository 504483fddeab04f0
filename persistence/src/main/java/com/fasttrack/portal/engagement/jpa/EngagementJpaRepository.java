package com.fasttrack.portal.engagement.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface EngagementJpaRepository extends JpaRepository<EngagementEntity, UUID> {
}
