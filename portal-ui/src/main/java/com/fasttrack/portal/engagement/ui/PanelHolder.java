package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.ui.InputSnapshot;
import com.fasttrack.portal.ui.LivePanel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import java.util.function.Supplier;

/** One tab's content, which a live change either refreshes in place or rebuilds, unless it holds unsaved input. */
final class PanelHolder extends Div {

    private final Supplier<Component> factory;
    private Component content;
    private InputSnapshot snapshot;

    PanelHolder(Supplier<Component> factory) {
        this.factory = factory;
        setWidthFull();
        build();
    }

    /** Brings the content up to date; false when it holds input not saved yet and was left as it is. */
    boolean refresh() {
        if (content instanceof LivePanel live) {
            live.refresh();
            return true;
        }
        if (snapshot.changed()) {
            return false;
        }
        build();
        return true;
    }

    private void build() {
        removeAll();
        content = FieldMessages.explain(factory.get());
        add(content);
        snapshot = InputSnapshot.of(content);
    }
}
