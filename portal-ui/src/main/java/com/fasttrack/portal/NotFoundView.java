package com.fasttrack.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found" for a missing page, a missing record and a record or view outside the user's scope alike:
 * the answer never tells which (see {@link AccessDeniedView}).
 */
@PageTitle("Not found · FastTrack Engagement Portal")
@AnonymousAllowed
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    public static final String MESSAGE = "We could not find that page. It may not exist, or it is not shared with you.";

    public NotFoundView() {
        render(this);
    }

    static void render(Div page) {
        page.addClassName("ft-page");
        page.setId("not-found");
        page.add(new H2("Not found"), new Paragraph(MESSAGE), new Anchor("", "Back to your home page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
