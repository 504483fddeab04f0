package com.fasttrack.portal.shared;

/**
 * Something does not exist, or exists outside the current user's scope: the two are deliberately
 * indistinguishable so that a foreign id reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    private final String what;

    public NotFoundException(String what) {
        super(what + " not found");
        this.what = what;
    }

    /** What was looked for, as the user calls it ("Blocker", "Partner match"). */
    public String what() {
        return what;
    }
}
