package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;

/**
 * Tells the user the engagement changed while they had unsaved input on the page, which was therefore kept; they
 * bring the changes in when they are ready.
 */
final class ChangedBanner extends Div {


    private final Span text = new Span();
    private final Button refresh;

    ChangedBanner(Runnable onRefresh) {
        setId("record-changed-banner");
        addClassName("ft-changed-banner");
        refresh = new Button("Show latest", click -> onRefresh.run());
        refresh.setId("record-changed-refresh");
        refresh.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(text, refresh);
        setVisible(false);
    }

    void show(String byName, Instant at) {
        text.setText(byName + " changed this engagement at " + Times.time(at) + ". What you typed is kept; "
                + "\"Show latest\" brings in their changes and discards unsaved input. ");
        refresh.setVisible(true);
        setVisible(true);
    }

    void gone() {
        text.setText("This engagement is no longer available to you.");
        refresh.setVisible(false);
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
