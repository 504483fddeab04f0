package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.ui.InputSnapshot;
import com.fasttrack.portal.ui.LivePanel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

import org.jspecify.annotations.Nullable;

import java.util.function.Supplier;

/**
 * One tab's content, built when the tab is first opened; a live change then either refreshes it in place or
 * rebuilds it, unless it holds unsaved input.
 */
final class PanelHolder extends Div {

    private final Supplier<Component> factory;
    private @Nullable Component content;
    private @Nullable InputSnapshot snapshot;

    PanelHolder(Supplier<Component> factory) {
        this.factory = factory;
        setWidthFull();
    }

    /** Builds the content if the tab has not been opened before. */
    void open() {
        if (content == null) {
            build();
        }
    }

    /** Brings the content up to date; false when it holds input not saved yet and was left as it is. */
    boolean refresh() {
        if (content == null) {
            return true;
        }
        if (content instanceof LivePanel live) {
            live.refresh();
            return true;
        }
        if (snapshot != null && snapshot.changed()) {
            return false;
        }
        build();
        return true;
    }

    private void build() {
        removeAll();
        Component built = FieldMessages.explain(factory.get());
        content = built;
        add(built);
        snapshot = InputSnapshot.of(built);
    }
}
