package com.fasttrack.portal.organisation.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.service.OrganisationService;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.ui.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

/** Program managers' list of customer and partner organisations, where they create and edit them. */
@Menu(title = "Organisations", order = 2, icon = "vaadin:building")
@Route("organisations")
@PageTitle("Organisations · FastTrack Engagement Portal")
@RolesAllowed(Roles.PROGRAM_MANAGER)
public class OrganisationsView extends VerticalLayout {

    final Grid<Organisation> grid = new Grid<>();
    final TextField search = new TextField();
    final Button create = new Button("New organisation", VaadinIcon.PLUS.create());

    private final OrganisationService organisations;

    OrganisationsView(OrganisationService organisations) {
        this.organisations = organisations;
        setSizeFull();
        search.setPlaceholder("Search by name");
        search.setLabel("Search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        create.setId("new-organisation");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open(null));

        grid.addColumn(Organisation::name).setHeader("Name").setKey("name").setSortable(true);
        grid.addColumn(o -> o.kind().label()).setHeader("Kind").setKey("kind").setSortable(true);
        grid.addColumn(o -> o.homeRegion().displayName()).setHeader("Home region").setKey("homeRegion")
                .setSortable(true);
        grid.addComponentColumn(this::editButton).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> organisations.list(search.getValue(), Pages.of(query)).stream(),
                query -> (int) organisations.count(search.getValue()));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Organisations"), toolbar, grid);
    }

    private Button editButton(Organisation organisation) {
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> open(organisation));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + organisation.name());
        return edit;
    }

    /** Opens the dialog for a new organisation (null) or for one row; the row's version guards the update. */
    private void open(@Nullable Organisation existing) {
        OrganisationDialog dialog = new OrganisationDialog(existing,
                draft -> existing == null
                        ? organisations.create(draft.name(), draft.kind(), draft.homeRegion())
                        : organisations.update(existing.id(), existing.version(), draft.name(), draft.homeRegion()),
                saved -> {
                    grid.getDataProvider().refreshAll();
                    Notification.show("Saved " + saved.name(), 3000, Notification.Position.BOTTOM_START);
                });
        dialog.open();
    }
}
