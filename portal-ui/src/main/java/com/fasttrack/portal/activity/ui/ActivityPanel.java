package com.fasttrack.portal.activity.ui;

import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.service.ActivityService;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.ui.LivePanel;
import com.fasttrack.portal.ui.PagedGrid;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;


/** The engagement's history, newest first, filtered by kind and person in the database. */
public final class ActivityPanel extends VerticalLayout implements LivePanel {


    public final Grid<ActivityEntry> grid = new Grid<>();
    private final PagedGrid<ActivityEntry> pages;
    private @Nullable List<Activities.Actor> people;
    final Select<ActivityKind> kind = new Select<>();
    final ComboBox<Activities.Actor> person = new ComboBox<>("Person");

    public ActivityPanel(EngagementId id, ActivityService activity, boolean staff) {
        setPadding(false);
        setId("activity-panel");
        kind.setLabel("Kind");
        kind.setItems(ActivityKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any");
        // read when the user opens the list, not with the page
        person.setItems(query -> {
            String filter = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return people(id, activity).stream()
                    .filter(actor -> actor.name().toLowerCase(Locale.ROOT).contains(filter))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
        person.setItemLabelGenerator(Activities.Actor::name);
        person.setClearButtonVisible(true);
        person.setPlaceholder("Anyone");
        add(new HorizontalLayout(kind, person));

        grid.addColumn(e -> Times.at(e.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(ActivityEntry::actorName).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.kind().label()).setHeader("What").setAutoWidth(true);
        grid.addColumn(ActivityEntry::summary).setHeader("Details").setFlexGrow(3);
        grid.addColumn(e -> e.before() == null ? "" : e.before()).setHeader("Before").setFlexGrow(1);
        grid.addColumn(e -> e.after() == null ? "" : e.after()).setHeader("After").setFlexGrow(1);
        if (staff) {
            grid.addColumn(e -> e.visibility().label()).setHeader("Visible to").setAutoWidth(true);
        }
        grid.setEmptyStateText("Nothing has happened yet.");
        pages = new PagedGrid<>(grid, page -> activity.page(id, kind.getValue(), actor(), page));
        kind.addValueChangeListener(e -> pages.first());
        person.addValueChangeListener(e -> pages.first());
        add(pages);
    }

    private List<Activities.Actor> people(EngagementId id, ActivityService activity) {
        if (people == null) {
            people = activity.people(id);
        }
        return people;
    }

    private com.fasttrack.portal.security.UserId actor() {
        return person.getValue() == null ? null : person.getValue().id();
    }

    /** New and changed entries appear; the filters stay as they are. */
    @Override
    public void refresh() {
        people = null;
        pages.refresh();
    }
}
