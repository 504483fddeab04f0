package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.service.LiveUpdates;
import com.fasttrack.portal.live.service.Presence;
import com.fasttrack.portal.security.CurrentUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The page's one watch of its engagement's live events and viewers: started when the page is in the UI and shows
 * an engagement, ended when it leaves.
 */
final class PageWatch {

    private final Component page;
    private final LiveUpdates live;
    private final CurrentUser currentUser;
    private final Supplier<@Nullable EngagementId> shown;
    private final Consumer<List<EngagementChanged>> onChanges;
    private final Consumer<List<Presence.Viewer>> onViewers;
    private LiveUpdates.@Nullable Watch watch;

    PageWatch(Component page, LiveUpdates live, CurrentUser currentUser, Supplier<@Nullable EngagementId> shown,
              Consumer<List<EngagementChanged>> onChanges, Consumer<List<Presence.Viewer>> onViewers) {
        this.page = page;
        this.live = live;
        this.currentUser = currentUser;
        this.shown = shown;
        this.onChanges = onChanges;
        this.onViewers = onViewers;
        page.addAttachListener(attach -> start());
        page.addDetachListener(detach -> stop());
    }

    /** Watches the engagement the page shows now, if the page is in the UI. */
    void start() {
        EngagementId id = shown.get();
        if (id == null || !page.isAttached()) {
            return;
        }
        stop();
        watch = live.watch(id, currentUser.require(), new LiveRefresh(UI.getCurrent(), onChanges, onViewers));
    }

    private void stop() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }
}
