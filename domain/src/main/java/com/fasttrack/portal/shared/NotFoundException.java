package com.fasttrack.portal.shared;

/**
 * Something does not exist, or exists outside the current user's scope: the two are deliberately
 * indistinguishable so that a foreign id reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
