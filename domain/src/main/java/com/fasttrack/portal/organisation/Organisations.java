package com.fasttrack.portal.organisation;

import com.fasttrack.portal.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The port through which organisations are stored and found. */
public interface Organisations {

    Organisation save(Organisation organisation);

    Optional<Organisation> findById(OrganisationId id);

    Optional<Organisation> findByName(String name);

    /** The organisations among the ids that exist, in no particular order; for the ids of one page of a list. */
    List<Organisation> findAllById(Collection<OrganisationId> ids);

    /** Organisations whose name contains the text (case-insensitive), one page, sorted by the database. */
    List<Organisation> search(String text, PageRequest page);

    long count(String text);

    /** Organisations of one kind whose name contains the text, one page sorted by name. */
    List<Organisation> searchByKind(OrganisationKind kind, String text, PageRequest page);
}
