package com.fasttrack.portal.organisation.ui;

import com.fasttrack.portal.MainLayout;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.service.OrganisationService;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.ui.Pages;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Program managers' list of customer and partner organisations. */
@Route(value = "organisations", layout = MainLayout.class)
@PageTitle("Organisations · FastTrack Engagement Portal")
@RolesAllowed(Roles.PROGRAM_MANAGER)
public class OrganisationsView extends VerticalLayout {

    final Grid<Organisation> grid = new Grid<>();
    final TextField search = new TextField();

    OrganisationsView(OrganisationService organisations) {
        setSizeFull();
        search.setPlaceholder("Search by name");
        search.setLabel("Search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        grid.addColumn(Organisation::name).setHeader("Name").setKey("name").setSortable(true);
        grid.addColumn(o -> o.kind().label()).setHeader("Kind").setKey("kind").setSortable(true);
        grid.addColumn(o -> o.homeRegion().displayName()).setHeader("Home region").setKey("homeRegion")
                .setSortable(true);
        grid.setItems(query -> organisations.list(search.getValue(), Pages.of(query)).stream(),
                query -> (int) organisations.count(search.getValue()));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        add(new H2("Organisations"), search, grid);
    }

}
