package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerFilter;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;
import com.fasttrack.portal.shared.StaleVersionException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The partner directory, kept by program managers: a profile per partner organisation. */
@Service
@Transactional
@PreAuthorize(Roles.HAS_PROGRAM_MANAGER)
public class PartnerDirectoryService {

    static final int ORGANISATION_CHOICES = 200;

    private final Partners partners;
    private final Organisations organisations;
    private final WorkloadCatalogue catalogue;

    PartnerDirectoryService(Partners partners, Organisations organisations, WorkloadCatalogue catalogue) {
        this.partners = partners;
        this.organisations = organisations;
        this.catalogue = catalogue;
    }

    @Transactional(readOnly = true)
    public List<PartnerCandidate> list(PartnerFilter filter, PageRequest page) {
        return partners.list(filter, page);
    }

    @Transactional(readOnly = true)
    public long count(PartnerFilter filter) {
        return partners.count(filter);
    }

    /** A page of the directory with the number of all that match, read in one statement. */
    @Transactional(readOnly = true)
    public PageResult<PartnerCandidate> page(PartnerFilter filter, PageRequest page) {
        return partners.page(filter, page);
    }

    @Transactional(readOnly = true)
    public Optional<PartnerCandidate> find(OrganisationId organisation) {
        return partners.find(organisation);
    }

    /** Partner organisations, by name, for the profile form. */
    @Transactional(readOnly = true)
    public List<Organisation> partnerOrganisations() {
        return organisations.searchByKind(OrganisationKind.PARTNER, "", PageRequest.of(0, ORGANISATION_CHOICES));
    }

    @Transactional(readOnly = true)
    public List<WorkloadArea> workloads() {
        return catalogue.all();
    }

    /** Creates the organisation's profile (version 0) or edits the stored one at that version. */
    public PartnerProfile save(OrganisationId organisationId, long version, PartnerProfileDraft draft) {
        Organisation organisation = organisations.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation"));
        if (organisation.kind() != OrganisationKind.PARTNER) {
            throw new DomainException(organisation.name() + " is not a partner organisation");
        }
        if (draft.type() == null) {
            throw new DomainException("Partner type is required");
        }
        Optional<PartnerCandidate> stored = partners.find(organisationId);
        if (stored.isPresent() && version == 0) {
            throw new DomainException(organisation.name() + " already has a partner profile");
        }
        PartnerProfile profile = stored
                .map(existing -> {
                    if (existing.profile().version() != version) {
                        throw new StaleVersionException("partner");
                    }
                    return existing.profile().edit(draft.type(), draft.regions(), draft.specialties(),
                            draft.capacity());
                })
                .orElseGet(() -> PartnerProfile.create(organisationId, draft.type(), draft.regions(),
                        draft.specialties(), draft.capacity()));
        try {
            return partners.save(profile);
        } catch (ObjectOptimisticLockingFailureException concurrent) {
            throw new StaleVersionException("partner");
        }
    }
}
