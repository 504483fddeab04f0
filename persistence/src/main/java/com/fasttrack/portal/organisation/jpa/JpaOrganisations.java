package com.fasttrack.portal.organisation.jpa;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.jpa.LikePatterns;
import com.fasttrack.portal.shared.jpa.Paging;

import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores organisations in PostgreSQL through JPA. */
@Repository
class JpaOrganisations implements Organisations {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind",
            "homeRegion", "homeRegion");

    private final OrganisationJpaRepository repository;

    JpaOrganisations(OrganisationJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Organisation save(Organisation organisation) {
        OrganisationEntity entity = repository.findById(organisation.id().value())
                .orElseGet(() -> new OrganisationEntity(organisation.id().value()));
        if (entity.getVersion() != organisation.version()) {
            throw new ObjectOptimisticLockingFailureException(OrganisationEntity.class, organisation.id().value());
        }
        entity.setName(organisation.name());
        entity.setKind(organisation.kind().name());
        entity.setHomeRegion(organisation.homeRegion().code());
        return toDomain(repository.saveAndFlush(entity));
    }

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
        return repository.findById(id.value()).map(JpaOrganisations::toDomain);
    }

    @Override
    public Optional<Organisation> findByName(String name) {
        return repository.findByNameIgnoreCase(name.strip()).map(JpaOrganisations::toDomain);
    }

    @Override
    public List<Organisation> findAllById(Collection<OrganisationId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return repository.findAllById(ids.stream().map(OrganisationId::value).distinct().toList())
                .stream().map(JpaOrganisations::toDomain).toList();
    }

    @Override
    public List<Organisation> search(String text, PageRequest page) {
        return repository.search(LikePatterns.containing(text), Paging.pageable(page, SORTABLE, Sort.by("name", "id")))
                .stream().map(JpaOrganisations::toDomain).toList();
    }

    @Override
    public long count(String text) {
        return repository.countMatching(LikePatterns.containing(text));
    }

    @Override
    public List<Organisation> searchByKind(OrganisationKind kind, String text, PageRequest page) {
        return repository.searchByKind(kind.name(), LikePatterns.containing(text), Paging.pageable(page, SORTABLE, Sort.by("name", "id")))
                .stream().map(JpaOrganisations::toDomain).toList();
    }

    static Organisation toDomain(OrganisationEntity entity) {
        return new Organisation(new OrganisationId(entity.getId()), entity.getVersion(), entity.getName(),
                OrganisationKind.valueOf(entity.getKind()), Region.fromCode(entity.getHomeRegion()));
    }
}
