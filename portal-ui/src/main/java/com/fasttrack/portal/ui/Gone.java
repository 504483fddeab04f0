package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.NotFoundException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * The one answer to a stale or foreign id in a dialog or action (deleted, moved, or no longer shared while the
 * dialog was open): it is gone for this user, which is a normal event, logged at INFO without a stack trace. The
 * words are the same for "deleted" and "not yours", so they reveal nothing.
 */
public final class Gone {

    private static final Logger log = LoggerFactory.getLogger(Gone.class);

    private Gone() {
    }

    /** "This blocker no longer exists or you can no longer see it." */
    public static String message(NotFoundException gone) {
        String what = gone.what().isEmpty() ? "item"
                : gone.what().substring(0, 1).toLowerCase(Locale.ROOT) + gone.what().substring(1);
        return "This " + what + " no longer exists or you can no longer see it.";
    }

    /** Logs the event and gives the message to show. */
    public static String logged(NotFoundException gone) {
        log.info("Gone while in use: {}", gone.getMessage());
        return message(gone);
    }
}
