package com.fasttrack.portal.organisation.service;

import com.fasttrack.portal.organisation.DuplicateOrganisationNameException;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.StaleVersionException;
import com.fasttrack.portal.shared.service.Constraints;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Administration of customer and partner organisations: program managers only. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
public class OrganisationService {

    private final Organisations organisations;

    OrganisationService(Organisations organisations) {
        this.organisations = organisations;
    }

    public List<Organisation> list(String search, PageRequest page) {
        return organisations.search(search, page);
    }

    public long count(String search) {
        return organisations.count(search);
    }

    @Transactional
    public Organisation create(String name, OrganisationKind kind, Region homeRegion) {
        Organisation organisation = Organisation.create(name, kind, homeRegion);
        requireNameFree(organisation);
        return save(organisation);
    }

    /** Renames or moves an organisation; its kind stays what it was created with. */
    @Transactional
    public Organisation update(OrganisationId id, long version, String name, Region homeRegion) {
        Organisation current = organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation"));
        if (current.version() != version) {
            throw new StaleVersionException("organisation");
        }
        Organisation changed = current.rename(name, homeRegion);
        requireNameFree(changed);
        return save(changed);
    }

    private void requireNameFree(Organisation organisation) {
        organisations.findByName(organisation.name())
                .filter(other -> !other.id().equals(organisation.id()))
                .ifPresent(other -> {
                    throw new DuplicateOrganisationNameException(organisation.name());
                });
    }

    private Organisation save(Organisation organisation) {
        try {
            return organisations.save(organisation);
        } catch (DataIntegrityViolationException violation) {
            // the unique index caught a twin saved between our check and our insert
            if (Constraints.violated(violation, "organisation_name_uq")) {
                throw new DuplicateOrganisationNameException(organisation.name());
            }
            throw violation;
        } catch (OptimisticLockingFailureException concurrentEdit) {
            throw new StaleVersionException("organisation");
        }
    }
}
