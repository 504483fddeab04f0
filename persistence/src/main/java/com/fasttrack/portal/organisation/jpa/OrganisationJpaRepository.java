package com.fasttrack.portal.organisation.jpa;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Searches take a pattern made by {@code LikePatterns.containing}. */
interface OrganisationJpaRepository extends JpaRepository<OrganisationEntity, UUID> {

    Optional<OrganisationEntity> findByNameIgnoreCase(String name);

    @Query("select o from OrganisationEntity o where lower(o.name) like :pattern escape '\\'")
    List<OrganisationEntity> search(String pattern, Pageable pageable);

    @Query("select count(o) from OrganisationEntity o where lower(o.name) like :pattern escape '\\'")
    long countMatching(String pattern);

    @Query("select o from OrganisationEntity o where o.kind = :kind and lower(o.name) like :pattern escape '\\'")
    List<OrganisationEntity> searchByKind(String kind, String pattern, Pageable pageable);
}
