package com.fasttrack.portal;

import com.fasttrack.portal.operations.DatabaseUnavailable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/** Whatever fails while opening a page: a plain message and a reference for support, never a stack trace. */
@PageTitle("Something went wrong · FastTrack Engagement Portal")
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailable.causedBy(parameter.getException())) {
            return databaseUnavailable(event, parameter.getException());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Error {} while opening {}", reference, event.getLocation().getPath(), parameter.getException());
        removeAll();
        addClassName("ft-page");
        add(new H2("Something went wrong"),
                new Paragraph("The page could not be shown. Please try again; if it keeps happening, "
                        + "contact support and quote reference " + reference + "."),
                new Anchor("", "Back to your home page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** An outage is no bug: say so, log it once per outage, and answer 503 (try again later). */
    private int databaseUnavailable(BeforeEnterEvent event, Exception exception) {
        DatabaseUnavailable.log(log, "opening " + event.getLocation().getPath(), exception);
        removeAll();
        addClassName("ft-page");
        add(new H2("The database is unavailable"),
                new Paragraph("The page could not be shown because the database is unavailable right now. "
                        + "Try again in a moment."),
                new Anchor(event.getLocation().getPathWithQueryParameters(), "Try again"));
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
}
