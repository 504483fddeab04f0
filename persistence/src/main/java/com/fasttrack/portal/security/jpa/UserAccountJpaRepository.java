package com.fasttrack.portal.security.jpa;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface UserAccountJpaRepository extends JpaRepository<UserAccountEntity, UUID> {

    Optional<UserAccountEntity> findByEmail(String email);

    @Query("""
            select u from UserAccountEntity u
            where lower(u.displayName) like lower(concat('%', :text, '%'))
               or u.email like lower(concat('%', :text, '%'))""")
    List<UserAccountEntity> search(String text, Pageable pageable);

    @Query("""
            select count(u) from UserAccountEntity u
            where lower(u.displayName) like lower(concat('%', :text, '%'))
               or u.email like lower(concat('%', :text, '%'))""")
    long countMatching(String text);

    List<UserAccountEntity> findByRoleAndEnabledTrue(String role, Pageable pageable);

    List<UserAccountEntity> findByIdIn(java.util.Collection<UUID> ids);
}
