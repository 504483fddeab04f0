package com.fasttrack.portal.security.jpa;

import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.jpa.LikePatterns;
import com.fasttrack.portal.shared.jpa.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores user accounts in PostgreSQL through JPA. */
@Repository
class JpaUserAccounts implements UserAccounts {

    private static final Map<String, String> SORTABLE = Map.of("displayName", "displayName", "email", "email",
            "role", "role");

    private final UserAccountJpaRepository repository;

    JpaUserAccounts(UserAccountJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public UserAccount save(UserAccount account) {
        UserAccountEntity entity = repository.findById(account.id().value())
                .orElseGet(() -> new UserAccountEntity(account.id().value()));
        if (entity.getVersion() != account.version()) {
            throw new ObjectOptimisticLockingFailureException(UserAccountEntity.class, account.id().value());
        }
        entity.setEmail(account.email().value());
        entity.setDisplayName(account.displayName());
        entity.setPasswordHash(account.passwordHash());
        entity.setRole(account.role().name());
        entity.setEnabled(account.enabled());
        entity.setOrganisationId(account.organisation().map(OrganisationId::value).orElse(null));
        entity.setPasswordChangeRequired(account.passwordChangeRequired());
        entity.setSessionEpoch(account.sessionEpoch());
        entity.setOneTimePasswordExpiresAt(account.oneTimePasswordExpiresAt());
        return toDomain(repository.saveAndFlush(entity));
    }

    @Override
    public Optional<UserAccount> findById(UserId id) {
        return repository.findById(id.value()).map(JpaUserAccounts::toDomain);
    }

    @Override
    public Optional<UserAccount> findByEmail(EmailAddress email) {
        return repository.findByEmail(email.value()).map(JpaUserAccounts::toDomain);
    }

    @Override
    public List<UserAccount> search(String text, PageRequest page) {
        return repository.search(LikePatterns.containing(text), Paging.pageable(page, SORTABLE, Sort.by("displayName", "id")))
                .stream().map(JpaUserAccounts::toDomain).toList();
    }

    @Override
    public long count(String text) {
        return repository.countMatching(LikePatterns.containing(text));
    }

    @Override
    public boolean any() {
        return repository.anyAccount();
    }

    @Override
    public List<UserAccount> enabledWithRole(Role role, PageRequest page) {
        return repository.findByRoleAndEnabledTrue(role.name(), Paging.pageable(page, SORTABLE,
                Sort.by("displayName", "id"))).stream().map(JpaUserAccounts::toDomain).toList();
    }

    @Override
    public List<UserAccount> findByIds(java.util.Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findByIdIn(ids.stream().map(UserId::value).toList()).stream()
                .map(JpaUserAccounts::toDomain).toList();
    }

    static UserAccount toDomain(UserAccountEntity e) {
        return new UserAccount(new UserId(e.getId()), e.getVersion(), new EmailAddress(e.getEmail()),
                e.getDisplayName(), e.getPasswordHash(), Role.valueOf(e.getRole()), e.isEnabled(),
                e.getOrganisationId() == null ? null : new OrganisationId(e.getOrganisationId()),
                e.isPasswordChangeRequired(), e.getSessionEpoch(), e.getOneTimePasswordExpiresAt());
    }
}
