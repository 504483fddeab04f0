package com.fasttrack.portal;

import com.fasttrack.portal.operations.DatabaseUnavailable;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Errors in event handlers reach the user as a short notification: a domain rule's own message, or a
 * reference to quote for anything unexpected. The stack trace goes to the log only.
 */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            if (databaseUnavailable(error.getThrowable())) {
                return;
            }
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause instanceof DomainException)) {
                cause = cause.getCause();
            }
            String message;
            if (cause instanceof DomainException domain) {
                message = domain.getMessage();
            } else {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error {}", reference, error.getThrowable());
                message = "Something went wrong. Please try again; if it keeps happening, quote reference "
                        + reference + " to support.";
            }
            if (com.vaadin.flow.component.UI.getCurrent() != null) {
                Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }));
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
