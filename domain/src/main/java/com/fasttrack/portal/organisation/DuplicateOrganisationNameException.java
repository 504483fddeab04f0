package com.fasttrack.portal.organisation;

import com.fasttrack.portal.shared.DomainException;

/** Organisation names are unique regardless of case; the message names the clash. */
public class DuplicateOrganisationNameException extends DomainException {

    public DuplicateOrganisationNameException(String name) {
        super("An organisation named '" + name + "' already exists");
    }
}
