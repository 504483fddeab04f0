package com.fasttrack.portal.organisation.jpa;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface OrganisationJpaRepository extends JpaRepository<OrganisationEntity, UUID> {

    Optional<OrganisationEntity> findByNameIgnoreCase(String name);

    @Query("select o from OrganisationEntity o where lower(o.name) like lower(concat('%', :text, '%'))")
    List<OrganisationEntity> search(String text, Pageable pageable);

    @Query("select count(o) from OrganisationEntity o where lower(o.name) like lower(concat('%', :text, '%'))")
    long countMatching(String text);

    @Query("select o from OrganisationEntity o where o.kind = :kind and lower(o.name) like lower(concat('%', :text, '%'))")
    List<OrganisationEntity> searchByKind(String kind, String text, Pageable pageable);
}
