package com.fasttrack.portal.backlog.ui;

import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.BacklogBoard;
import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.ReleaseProgress;
import com.fasttrack.portal.backlog.service.BacklogService;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.ui.PagedGrid;

import com.fasttrack.portal.ui.LivePanel;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The engagement's Backlog tab: progress per release, then the items in release and iteration order (each group
 * starts where release or iteration changes), filtered by assignee and status. Staff plan; a partner moves the
 * status of the items assigned to its organisation.
 */
public final class BacklogPanel extends VerticalLayout implements LivePanel {

    final Select<String> assigneeFilter = new Select<>();
    final Select<BacklogStatus> statusFilter = new Select<>();
    final Grid<BacklogItem> grid = new Grid<>();
    private final PagedGrid<BacklogItem> pages;
    private final com.vaadin.flow.component.html.Div progress = new com.vaadin.flow.component.html.Div();
    final Button create = new Button("New item", VaadinIcon.PLUS.create());
    final Button firstBacklog = new Button("Create a first backlog from the workloads");

    private final EngagementId engagement;
    private final BacklogService service;
    private final @Nullable OrganisationId partner;
    private final boolean staff;
    private final Runnable onChange;

    /**
     * {@code plans}: whether the user plans this backlog ({@code Capability.PLAN_BACKLOG}); {@code partner} is the
     * signed-in partner user's organisation, null for everyone else. {@code names}: the engagement's workloads by
     * name; {@code stakeholders}, {@code engineers} and {@code settled} (the partner whose match is accepted or
     * engaged): its people by name, as the page read them.
     */
    public BacklogPanel(EngagementId engagement, BacklogService service, boolean plans,
                        @Nullable OrganisationId partner, Map<WorkloadCode, String> names, List<String> stakeholders,
                        List<String> engineers, Optional<Assignee> settled, Runnable onChange) {
        this.engagement = engagement;
        this.service = service;
        this.partner = partner;
        this.onChange = onChange;
        this.staff = plans;
        setId("backlog-panel");
        setPadding(false);
        add(progress);
        HorizontalLayout toolbar = new HorizontalLayout();
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        assigneeFilter.setLabel("Assignee");
        assigneeFilter.setId("backlog-assignee-filter");
        // who items can be assigned to, in the order the item dialog offers them
        List<String> assignees = new ArrayList<>(stakeholders);
        settled.ifPresent(partnerAssignee -> assignees.add(partnerAssignee.name()));
        assignees.addAll(engineers);
        assigneeFilter.setItems(assignees.stream().distinct().toList());
        assigneeFilter.setEmptySelectionAllowed(true);
        assigneeFilter.setEmptySelectionCaption("Anyone");
        statusFilter.setLabel("Status");
        statusFilter.setId("backlog-status-filter");
        statusFilter.setItems(BacklogStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any");
        toolbar.add(assigneeFilter, statusFilter);
        if (staff) {
            create.setId("new-backlog-item");
            create.addClickListener(click -> new BacklogItemDialog(null, service.workloads(engagement),
                    service.assignees(engagement), draft -> act(() -> service.create(engagement, draft))).open());
            toolbar.add(create);
            firstBacklog.setId("first-backlog");
            firstBacklog.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            firstBacklog.addClickListener(click -> act(() -> service.draftFirstBacklog(engagement)));
            firstBacklog.setVisible(false);
            toolbar.add(firstBacklog);
        }
        add(toolbar);

        grid.setId("backlog-grid");
        grid.addColumn(BacklogItem::release).setHeader("Release").setKey("release").setAutoWidth(true);
        grid.addColumn(BacklogItem::iteration).setHeader("Iteration").setKey("iteration").setAutoWidth(true);
        grid.addColumn(BacklogItem::title).setHeader("Title").setKey("title").setFlexGrow(2);
        grid.addColumn(item -> names.getOrDefault(item.workload(), item.workload().value())).setHeader("Workload")
                .setKey("workload");
        grid.addColumn(item -> item.assignee().name() + " (" + item.assignee().kind().label() + ")")
                .setHeader("Assignee").setKey("assignee");
        grid.addColumn(BacklogItem::estimate).setHeader("Points").setKey("estimate").setAutoWidth(true);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setKey("status").setAutoWidth(true);
        if (staff) {
            grid.addComponentColumn(item -> {
                Button edit = new Button("Edit", click -> new BacklogItemDialog(item, service.workloads(engagement),
                        service.assignees(engagement),
                        draft -> act(() -> service.edit(item.id(), item.version(), draft))).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                return edit;
            }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setPartNameGenerator(item -> "ft-backlog-iteration-" + (item.iteration() % 2));
        // one read per page: the progress of the releases comes with it
        pages = new PagedGrid<>(grid, page -> {
            BacklogBoard board = service.board(engagement, filter(), page);
            progress.removeAll();
            progress.add(progress(board.progress()));
            return board.items();
        });
        assigneeFilter.addValueChangeListener(change -> pages.first());
        statusFilter.addValueChangeListener(change -> pages.first());
        add(pages);
        // a first backlog is drafted once a partner is settled, while the backlog is still empty
        firstBacklog.setVisible(staff && settled.isPresent() && pages.total() == 0);
    }

    private BacklogFilter filter() {
        return new BacklogFilter(assigneeFilter.getValue(), statusFilter.getValue());
    }

    private static Component progress(List<ReleaseProgress> releases) {
        VerticalLayout section = new VerticalLayout(new H4("Progress per release"));
        section.setPadding(false);
        section.setSpacing(false);
        section.setId("backlog-progress");
        if (releases.isEmpty()) {
            section.add(new Span("No backlog items yet."));
        }
        for (ReleaseProgress release : releases) {
            ProgressBar bar = new ProgressBar(0, 100, release.percent());
            bar.setWidth("16rem");
            Span text = new Span(release.release() + ": " + release.percent() + "% · " + release.donePoints()
                    + " of " + release.points() + " points, " + release.doneItems() + " of " + release.items()
                    + " items done");
            text.addClassName("ft-release-progress");
            section.add(new Div(text), bar);
        }
        return section;
    }

    private Component statusCell(BacklogItem item) {
        boolean mayMove = staff || (partner != null && item.isAssignedTo(partner));
        if (!mayMove) {
            Span status = new Span(item.status().label());
            status.addClassNames("ft-badge", "ft-backlog-" + item.status().name());
            return status;
        }
        Select<BacklogStatus> status = new Select<>();
        status.setItems(BacklogStatus.values());
        status.setItemLabelGenerator(BacklogStatus::label);
        status.setValue(item.status());
        status.setAriaLabel("Status of " + item.title());
        status.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getValue() != item.status()) {
                act(() -> service.changeStatus(item.id(), item.version(), change.getValue()));
            }
        });
        return status;
    }

    private void act(Runnable change) {
        change.run();
        onChange.run();
    }

    /** New and changed entries appear; the filters stay as they are. */
    @Override
    public void refresh() {
        pages.refresh();
    }
}
