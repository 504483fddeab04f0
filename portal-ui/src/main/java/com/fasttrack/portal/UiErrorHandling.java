package com.fasttrack.portal;

import com.fasttrack.portal.operations.DatabaseUnavailable;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.ui.Gone;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;

/**
 * Errors in event handlers reach the user as a short notification: a domain rule's own message; "no longer exists
 * or you can no longer see it" for a stale or foreign id ({@link Gone}); a plain refusal for text the database
 * cannot store; and only for anything else a reference to quote. Only that last kind is logged at ERROR with its
 * stack trace: the others are the user's input or a normal race, logged at INFO or WARN.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    /** PostgreSQL's "invalid byte sequence" (a NUL), "untranslatable character" and "value too long". */
    private static final Set<String> UNSTORABLE_TEXT = Set.of("22021", "22P05", "22001");

    static final String UNSTORABLE_MESSAGE = "This could not be saved: a text holds a character that cannot be "
            + "stored, or is too long. Remove control characters or shorten the text and try again.";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UiErrorHandling::handle));
        // every view's fields get words for their own limits (dialogs and engagement tabs do it when they open)
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(
                navigation -> FieldMessages.explain(init.getUI())));
    }

    static void handle(ErrorEvent error) {
        if (databaseUnavailable(error.getThrowable())) {
            return;
        }
        show(messageFor(error.getThrowable()));
    }

    /** The message for the user; logs the error at the level its kind deserves. */
    static String messageFor(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                log.debug("Refused: {}", domain.getMessage());
                return domain.getMessage();
            }
            if (cause instanceof NotFoundException gone) {
                return Gone.logged(gone);
            }
        }
        String state = sqlState(thrown);
        if (state != null && UNSTORABLE_TEXT.contains(state)) {
            // a domain rule should have refused this text before the database: worth a warning, not a stack trace
            log.warn("Text refused by the database (SQL state {}): {}", state, rootMessage(thrown));
            return UNSTORABLE_MESSAGE;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error {}", reference, thrown);
        return "Something went wrong. Please try again; if it keeps happening, quote reference "
                + reference + " to support.";
    }

    private static @Nullable String sqlState(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static void show(String message) {
        if (UI.getCurrent() != null) {
            Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /**
     * An outage is no bug: the user is told, the form that failed stays open with its input (the handler that would
     * close it never got there), and the log gets one line per outage instead of a stack trace per click.
     */
    private static boolean databaseUnavailable(Throwable error) {
        if (!DatabaseUnavailable.causedBy(error)) {
            return false;
        }
        DatabaseUnavailable.log(log, "a click", error);
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            Notification notification = Notification.show(DatabaseUnavailable.MESSAGE, 6000,
                    Notification.Position.TOP_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return true;
    }
}
