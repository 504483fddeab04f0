package com.fasttrack.portal.shared;

/**
 * Someone else saved a newer version of what the user was editing; the user's change is refused, not merged,
 * and the message tells it to reload.
 */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String what) {
        super("Someone else changed this " + what + " while you were editing it. Close the dialog and open it "
                + "again to see the latest version.");
    }
}
