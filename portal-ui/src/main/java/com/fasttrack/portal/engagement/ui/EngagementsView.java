package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.ui.OneReadPages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The engagements the user may see, filtered, sorted and paged in the database (one statement per page with its
 * total); the URL keeps the filters. Cells are plain values or Lit templates, never components: a page of rows costs
 * the server no component tree (decision 024).
 */
@Menu(title = "Engagements", order = 1, icon = "vaadin:records")
@Route("engagements")
@PageTitle("Engagements · FastTrack Engagement Portal")
@PermitAll
public class EngagementsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<EngagementSummary> grid = new Grid<>();
    final EngagementFilterBar filters;
    private final OneReadPages<EngagementSummary> pages;
    private boolean restoring;

    EngagementsView(EngagementService engagements, CurrentUser currentUser, Clock clock) {
        setSizeFull();
        filters = new EngagementFilterBar(engagements::workloadNames, filter -> filtersChanged());

        HorizontalLayout header = new HorizontalLayout(new H2("Engagements"));
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        Role role = currentUser.require().role();
        if (role == Role.ENGINEER || role == Role.PROGRAM_MANAGER) {
            Button create = new Button("New engagement", VaadinIcon.PLUS.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(NewEngagementView.class)));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("new-engagement");
            header.add(create);
        }

        grid.addColumn(EngagementSummary::customerName).setHeader("Customer").setKey("customer").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<EngagementSummary>of("<a href=\"${item.href}\">${item.title}</a>")
                        .withProperty("href", summary -> RouteConfiguration.forSessionScope()
                                .getUrl(EngagementView.class, EngagementView.parameters(summary.id())))
                        .withProperty("title", EngagementSummary::title))
                .setHeader("Title").setKey("title").setSortable(true).setFlexGrow(3).setResizable(true);
        grid.addColumn(s -> s.option().label()).setHeader("Option").setKey("option").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(s -> s.phase().label()).setHeader("Phase").setKey("phase").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setKey("status").setSortable(true);
        grid.addColumn(EngagementsView::workloads).setHeader("Workloads").setKey("workloads").setFlexGrow(3)
                .setResizable(true);
        grid.addColumn(s -> String.join(", ", s.engineers())).setHeader("Engineers").setKey("engineers")
                .setAutoWidth(true);
        grid.addColumn(LitRenderer.<EngagementSummary>of(
                        "<span class=\"ft-health ft-health-${item.colour}\" data-health=\"${item.health}\">"
                                + "${item.label}</span>")
                        .withProperty("colour", s -> s.health().name().toLowerCase(Locale.ROOT))
                        .withProperty("health", s -> s.health().name())
                        .withProperty("label", s -> s.health().label()))
                .setHeader("Health").setKey("health").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> nextCheckIn(s, LocalDate.now(clock))).setHeader("Next check-in")
                .setKey("nextCheckIn").setSortable(true).setAutoWidth(true);
        pages = OneReadPages.bind(grid, page -> engagements.page(filters.filter(), page));
        grid.setEmptyStateText("No engagements match these filters.");

        add(header, filters, grid);
    }

    /** The workloads as text; a preview in the customer's region says so. */
    static String workloads(EngagementSummary summary) {
        return summary.workloads().stream().map(w -> w.preview() ? w.name() + " (preview)" : w.name())
                .collect(Collectors.joining(", "));
    }

    static String nextCheckIn(EngagementSummary summary, LocalDate today) {
        if (summary.nextCheckIn() == null) {
            return "—";
        }
        long overdue = ChronoUnit.DAYS.between(summary.nextCheckIn(), today);
        return overdue > 0 ? "overdue by " + overdue + (overdue == 1 ? " day" : " days")
                : summary.nextCheckIn().toString();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restoring = true;
        filters.fromQuery(event.getLocation().getQueryParameters());
        restoring = false;
        pages.refresh();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        pages.refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("engagements", filters.toQuery())));
    }
}
