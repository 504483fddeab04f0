package com.fasttrack.portal.security.jpa;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Searches take a pattern made by {@code LikePatterns.containing}. */
interface UserAccountJpaRepository extends JpaRepository<UserAccountEntity, UUID> {

    Optional<UserAccountEntity> findByEmail(String email);

    @Query("""
            select u from UserAccountEntity u
            where lower(u.displayName) like :pattern escape '\\'
               or lower(u.email) like :pattern escape '\\'""")
    List<UserAccountEntity> search(String pattern, Pageable pageable);

    @Query("""
            select count(u) from UserAccountEntity u
            where lower(u.displayName) like :pattern escape '\\'
               or lower(u.email) like :pattern escape '\\'""")
    long countMatching(String pattern);

    @Query(value = "select exists (select 1 from app_user)", nativeQuery = true)
    boolean anyAccount();

    List<UserAccountEntity> findByRoleAndEnabledTrue(String role, Pageable pageable);

    List<UserAccountEntity> findByIdIn(java.util.Collection<UUID> ids);
}
