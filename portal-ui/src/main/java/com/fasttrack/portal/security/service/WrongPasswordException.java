package com.fasttrack.portal.security.service;

import com.fasttrack.portal.shared.DomainException;

/** The current password given to authorise a change does not match. */
public class WrongPasswordException extends DomainException {

    WrongPasswordException() {
        super("The current password is not correct");
    }
}
