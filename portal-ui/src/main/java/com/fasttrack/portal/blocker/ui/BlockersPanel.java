package com.fasttrack.portal.blocker.ui;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.ui.PagedGrid;

import com.fasttrack.portal.ui.FormDialog;
import com.fasttrack.portal.ui.LivePanel;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The engagement's blockers, open first; escalated ones are flagged in words, not only colour. */
public final class BlockersPanel extends VerticalLayout implements LivePanel {

    public final Grid<Blocker> grid = new Grid<>();
    private final PagedGrid<Blocker> pages;
    final Select<BlockerStatus> statusFilter = new Select<>();
    final Select<Severity> severityFilter = new Select<>();
    final ComboBox<String> ownerFilter = new ComboBox<>("Owner");

    public BlockersPanel(EngagementId id, BlockerService blockers, boolean staff, boolean canChange,
                         List<String> people, Instant now, LocalDate today, Runnable onChange) {
        setPadding(false);
        setId("blockers-panel");
        statusFilter.setLabel("Status");
        statusFilter.setItems(BlockerStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any");
        severityFilter.setLabel("Severity");
        severityFilter.setItems(Severity.values());
        severityFilter.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        severityFilter.setEmptySelectionAllowed(true);
        severityFilter.setEmptySelectionCaption("Any");
        ownerFilter.setItems(people);
        ownerFilter.setClearButtonVisible(true);
        ownerFilter.setPlaceholder("Any");
        Button raise = new Button("Raise blocker", click -> openRaiseDialog(id, blockers, people, staff, onChange));
        raise.setId("raise-blocker");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(statusFilter, severityFilter, ownerFilter, raise);
        bar.setAlignItems(Alignment.BASELINE);
        add(bar);

        grid.addColumn(Blocker::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(b -> b.severity().label()).setHeader("Severity").setAutoWidth(true);
        grid.addColumn(b -> b.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(Blocker::owner).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(b -> b.dueDate() == null ? "—" : b.dueDate().toString()).setHeader("Due").setAutoWidth(true);
        grid.addColumn(b -> b.ageInDays(now) + " d").setHeader("Age").setAutoWidth(true);
        // flags are text: a light template per row, not components
        grid.addColumn(LitRenderer.<Blocker>of("<span class=\"ft-escalated\" ?hidden=${!item.escalated}>Escalated</span>"
                        + "<span class=\"ft-internal\" ?hidden=${!item.internal}>Internal</span>")
                .withProperty("escalated", b -> b.isEscalated(now, today))
                .withProperty("internal", b -> staff && b.visibility() == Visibility.INTERNAL))
                .setHeader("").setKey("flags").setAutoWidth(true);
        if (canChange) {
            grid.addComponentColumn(b -> b.isOpen() ? statusButton(b, blockers, onChange) : new Span(
                    b.resolutionNote())).setHeader("").setKey("actions").setAutoWidth(true);
        }
        grid.setEmptyStateText("No blockers.");
        pages = new PagedGrid<>(grid, page -> blockers.page(id, filter(), page));
        statusFilter.addValueChangeListener(e -> pages.first());
        severityFilter.addValueChangeListener(e -> pages.first());
        ownerFilter.addValueChangeListener(e -> pages.first());
        add(pages);
    }

    BlockerFilter filter() {
        return new BlockerFilter(statusFilter.getValue(), severityFilter.getValue(), ownerFilter.getValue());
    }

    private static Button statusButton(Blocker blocker, BlockerService blockers, Runnable onChange) {
        Button change = new Button("Change status", click -> new BlockerStatusDialog(blocker, (status, note) -> {
            blockers.changeStatus(blocker.id(), blocker.version(), status, note);
            onChange.run();
        }).open());
        change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return change;
    }

    private static void openRaiseDialog(EngagementId id, BlockerService blockers, List<String> people, boolean staff,
                                        Runnable onChange) {
        BlockerForm form = new BlockerForm(people, blockers.ownerChoices(id), staff);
        new FormDialog<>("Raise a blocker", "48rem", form, form::draft, "Raise blocker", "save-blocker", draft -> {
            blockers.raise(id, draft);
            onChange.run();
        }).open();
    }

    /** New and changed entries appear; the filters stay as they are. */
    @Override
    public void refresh() {
        pages.refresh();
    }
}
