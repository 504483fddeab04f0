package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;

/** The e-mail is the login, so no two accounts may share one. */
public class DuplicateEmailException extends DomainException {

    public DuplicateEmailException(EmailAddress email) {
        super("A user with the e-mail '" + email.value() + "' already exists");
    }
}
