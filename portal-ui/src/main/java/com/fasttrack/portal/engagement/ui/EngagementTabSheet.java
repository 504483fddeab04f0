package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.TabKey;

import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The engagement page's tabs, one per contribution the user may see, in their order; a tab's content is built
 * when the user first opens it. The URL follows the tab the user opens ({@code ?tab=check-ins}), so that a reload
 * opens it again.
 */
final class EngagementTabSheet extends TabSheet {

    private final List<EngagementTab> contributions;
    private final List<EngagementTab> shown = new ArrayList<>();
    private final List<PanelHolder> holders = new ArrayList<>();
    private boolean drawing;

    EngagementTabSheet(List<EngagementTab> contributions) {
        this.contributions = contributions.stream().sorted(Comparator.comparingInt(EngagementTab::order)).toList();
        setWidthFull();
        addSelectedChangeListener(change -> {
            if (!drawing) {
                holder().ifPresent(PanelHolder::open);
                selected().ifPresent(this::showInLocation);
            }
        });
    }

    /**
     * Draws the tabs afresh for the page as it is now, with the wanted tab open (else the one open before, where it
     * is still shown, else the first); only the open tab's content is built.
     */
    void draw(Supplier<EngagementPage> page, Optional<TabKey> wanted) {
        Optional<TabKey> open = wanted.isPresent() ? wanted : selected();
        drawing = true;
        try {
            while (getTabCount() > 0) {
                remove(0);
            }
            shown.clear();
            holders.clear();
            EngagementPage now = page.get();
            for (EngagementTab tab : contributions) {
                if (tab.visibleTo(now)) {
                    PanelHolder holder = new PanelHolder(() -> tab.create(page.get()));
                    shown.add(tab);
                    holders.add(holder);
                    add(tab.label(), holder);
                }
            }
            if (getTabCount() > 0) {
                setSelectedIndex(0);
            }
            open.ifPresent(this::select);
            holder().ifPresent(PanelHolder::open);
        } finally {
            drawing = false;
        }
    }

    /** Opens the tab with this key, if the user sees it; the URL is the caller's to set. */
    void select(TabKey key) {
        boolean was = drawing;
        drawing = true;
        try {
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).key().equals(key)) {
                    setSelectedIndex(i);
                }
            }
            holder().ifPresent(PanelHolder::open);
        } finally {
            drawing = was;
        }
    }

    /** Opens the tab a link's {@code ?tab=} names, if any. */
    void select(Location location) {
        named(location).ifPresent(this::select);
    }

    /** The tab a link's {@code ?tab=} names, if any. */
    static Optional<TabKey> named(Location location) {
        return location.getQueryParameters().getSingleParameter("tab").flatMap(TabKey::parse);
    }

    /** Whether the open tab is the one a link's {@code ?tab=} names. */
    boolean shows(Location location) {
        Optional<TabKey> named = named(location);
        return named.isPresent() && named.equals(selected());
    }

    private void showInLocation(TabKey key) {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(
                ui.getActiveViewLocation().getPath(), QueryParameters.of("tab", key.slug()))));
    }

    Optional<TabKey> selected() {
        int index = getSelectedIndex();
        return index >= 0 && index < shown.size() ? Optional.of(shown.get(index).key()) : Optional.empty();
    }

    /** Brings every built tab up to date; false when one of them holds unsaved input and was kept as it is. */
    boolean refresh() {
        boolean all = true;
        for (PanelHolder holder : holders) {
            all &= holder.refresh();
        }
        return all;
    }

    private Optional<PanelHolder> holder() {
        int index = getSelectedIndex();
        return index >= 0 && index < holders.size() ? Optional.of(holders.get(index)) : Optional.empty();
    }
}
