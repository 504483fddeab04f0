package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.service.LiveUpdates;
import com.fasttrack.portal.live.service.Presence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Brings live events into the page's UI (pushed to the browser): changes that arrive while the page is still busy
 * with earlier ones are handled together, so a burst of entries from one save refreshes the page once.
 */
final class LiveRefresh implements LiveUpdates.EngagementListener {

    private final UI ui;
    private final Consumer<List<EngagementChanged>> onChanges;
    private final Consumer<List<Presence.Viewer>> onViewers;
    private final List<EngagementChanged> pending = new ArrayList<>();

    LiveRefresh(UI ui, Consumer<List<EngagementChanged>> onChanges, Consumer<List<Presence.Viewer>> onViewers) {
        this.ui = ui;
        this.onChanges = onChanges;
        this.onViewers = onViewers;
    }

    @Override
    public void changed(EngagementChanged change) {
        boolean first;
        synchronized (pending) {
            first = pending.isEmpty();
            pending.add(change);
        }
        if (first) {
            access(() -> {
                List<EngagementChanged> changes;
                synchronized (pending) {
                    changes = List.copyOf(pending);
                    pending.clear();
                }
                onChanges.accept(changes);
            });
        }
    }

    @Override
    public void viewersChanged(List<Presence.Viewer> others) {
        access(() -> onViewers.accept(others));
    }

    private void access(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException closed) {
            // the page is gone; its watch ends on detach
        }
    }
}
