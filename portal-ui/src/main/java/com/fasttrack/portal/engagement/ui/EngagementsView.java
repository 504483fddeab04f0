package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.ui.HealthBadge;
import com.fasttrack.portal.ui.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;

import jakarta.annotation.security.PermitAll;

/** The engagements the user may see, filtered and sorted in the database; the URL keeps the filters. */
@Menu(title = "Engagements", order = 1, icon = "vaadin:records")
@Route("engagements")
@PageTitle("Engagements · FastTrack Engagement Portal")
@PermitAll
public class EngagementsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<EngagementSummary> grid = new Grid<>();
    final EngagementFilterBar filters;
    private boolean restoring;

    EngagementsView(EngagementService engagements, CurrentUser currentUser, java.time.Clock clock) {
        setSizeFull();
        filters = new EngagementFilterBar(engagements.workloadCatalogue(), filter -> filtersChanged());

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
        grid.addColumn(new ComponentRenderer<>(summary -> new Anchor(
                        RouteConfiguration.forSessionScope().getUrl(EngagementView.class,
                                EngagementView.parameters(summary.id())), summary.title())))
                .setHeader("Title").setKey("title").setSortable(true).setFlexGrow(3).setResizable(true);
        grid.addColumn(s -> s.option().label()).setHeader("Option").setKey("option").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(s -> s.phase().label()).setHeader("Phase").setKey("phase").setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(s -> s.status().label()).setHeader("Status").setKey("status").setSortable(true);
        grid.addColumn(new ComponentRenderer<>(summary -> {
            WorkloadChips chips = new WorkloadChips();
            summary.workloads().forEach(w -> chips.add(w.name(), w.preview()));
            return chips;
        })).setHeader("Workloads").setKey("workloads").setFlexGrow(3).setResizable(true);
        grid.addColumn(s -> String.join(", ", s.engineers())).setHeader("Engineers").setKey("engineers")
                .setAutoWidth(true);
        grid.addComponentColumn(s -> new HealthBadge(s.health())).setHeader("Health")
                .setKey("health").setSortable(true).setAutoWidth(true);
        grid.addColumn(s -> nextCheckIn(s, java.time.LocalDate.now(clock))).setHeader("Next check-in")
                .setKey("nextCheckIn").setSortable(true).setAutoWidth(true);
        grid.setItems(query -> engagements.list(filters.filter(), Pages.of(query)).stream(),
                query -> (int) engagements.count(filters.filter()));
        grid.setEmptyStateText("No engagements match these filters.");

        add(header, filters, grid);
    }

    static String nextCheckIn(EngagementSummary summary, java.time.LocalDate today) {
        if (summary.nextCheckIn() == null) {
            return "—";
        }
        long overdue = java.time.temporal.ChronoUnit.DAYS.between(summary.nextCheckIn(), today);
        return overdue > 0 ? "overdue by " + overdue + (overdue == 1 ? " day" : " days")
                : summary.nextCheckIn().toString();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        restoring = true;
        filters.fromQuery(event.getLocation().getQueryParameters());
        restoring = false;
        grid.getDataProvider().refreshAll();
    }

    private void filtersChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("engagements", filters.toQuery())));
    }
}
