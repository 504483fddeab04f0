package com.fasttrack.portal.shared.service;

import org.springframework.dao.DataIntegrityViolationException;

/** Tells which database constraint refused a write, so a service can turn a race into the user's message. */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(DataIntegrityViolationException violation, String constraintName) {
        String message = violation.getMostSpecificCause().getMessage();
        return message != null && message.contains(constraintName);
    }
}
