package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.RegionalAvailability;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.service.WorkloadCatalogueService;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Roles;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.Locale;

/** Program managers' matrix of the workload catalogue: each workload's availability in each region. */
@Menu(title = "Workload catalogue", order = 6, icon = "vaadin:cluster")
@Route("workloads")
@PageTitle("Workload catalogue · FastTrack Engagement Portal")
@RolesAllowed(Roles.PROGRAM_MANAGER)
public class WorkloadCatalogueView extends VerticalLayout {

    /** The grid's column key of the workload names; the region columns are keyed by {@link Region#code()}. */
    static final String WORKLOAD_COLUMN = "workload";

    final Grid<WorkloadArea> matrix = new Grid<>();
    private final WorkloadCatalogueService catalogue;

    WorkloadCatalogueView(WorkloadCatalogueService catalogue) {
        this.catalogue = catalogue;
        setSizeFull();
        addClassName("ft-workload-catalogue");

        matrix.setId("workload-matrix");
        matrix.addClassName("ft-workload-matrix");
        matrix.addColumn(WorkloadArea::name).setHeader("Workload").setKey(WORKLOAD_COLUMN)
                .setFrozen(true).setWidth("13rem").setFlexGrow(0);
        for (Region region : Region.values()) {
            Span header = new Span(region.displayName());
            header.addClassName("ft-region-header");
            header.setTitle(region.displayName() + " (" + region.code() + ")");
            matrix.addComponentColumn(area -> cell(area, region)).setHeader(header).setKey(region.code())
                    .setWidth("7rem").setFlexGrow(1);
        }
        matrix.addThemeVariants(GridVariant.COLUMN_BORDERS, GridVariant.WRAP_CELL_CONTENT);
        // 16 rows of reference data: show them all rather than scroll inside the page
        matrix.setAllRowsVisible(true);
        refresh();

        Paragraph intro = new Paragraph("Where each workload area can be part of an engagement. Choose a cell to "
                + "change it; a workload unavailable in a customer's region cannot be added to its engagements.");
        intro.addClassName("ft-muted");
        add(new H2("Workload catalogue"), intro, matrix);
    }

    private NativeButton cell(WorkloadArea area, Region region) {
        RegionalAvailability availability = area.in(region);
        NativeButton badge = new NativeButton(availability.status().label(), click -> edit(area, region));
        badge.addClassNames("ft-availability",
                "ft-availability-" + availability.status().name().toLowerCase(Locale.ROOT));
        if (availability.availableFrom() != null) {
            Span from = new Span("from " + availability.availableFrom());
            from.addClassName("ft-availability-from");
            badge.add(from);
        }
        badge.setTitle("Change " + area.name() + " in " + region.displayName());
        return badge;
    }

    private void edit(WorkloadArea area, Region region) {
        new AvailabilityDialog(area, region, value -> change(area, region, value)).open();
    }

    private void change(WorkloadArea area, Region region, RegionalAvailability value) {
        try {
            catalogue.changeAvailability(area.code(), area.version(), region, value.status(), value.availableFrom());
            Notification saved = Notification.show(area.name() + " in " + region.displayName() + " is now "
                    + value.status().label().toLowerCase(Locale.ROOT), 4000, Notification.Position.BOTTOM_START);
            saved.addThemeVariants(NotificationVariant.SUCCESS);
        } finally {
            // Also after a refusal: the dialog says "reload", and the matrix then already shows the current state
            refresh();
        }
    }

    private void refresh() {
        matrix.setItems(catalogue.catalogue());
    }
}
