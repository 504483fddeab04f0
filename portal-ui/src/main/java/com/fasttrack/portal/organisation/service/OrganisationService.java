package com.fasttrack.portal.organisation.service;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.PageRequest;

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
}
