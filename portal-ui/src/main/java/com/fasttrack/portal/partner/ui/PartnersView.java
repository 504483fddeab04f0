package com.fasttrack.portal.partner.ui;

import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerFilter;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.service.PartnerDirectoryService;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.ui.OneReadPages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The partner directory: program managers list partners with filters and keep their profiles. */
@Menu(title = "Partners", order = 3, icon = "vaadin:handshake")
@Route("partners")
@PageTitle("Partners · FastTrack Engagement Portal")
@RolesAllowed(Roles.PROGRAM_MANAGER)
public class PartnersView extends VerticalLayout {

    final Grid<PartnerCandidate> grid = new Grid<>();
    final TextField name = new TextField("Name");
    final ComboBox<PartnerType> type = new ComboBox<>("Type");
    final ComboBox<Region> region = new ComboBox<>("Region served");
    final ComboBox<WorkloadCode> specialty = new ComboBox<>("Specialty");
    final Button create = new Button("New partner profile", VaadinIcon.PLUS.create());

    private final PartnerDirectoryService directory;
    private final List<WorkloadArea> workloads;
    private final OneReadPages<PartnerCandidate> pages;

    PartnersView(PartnerDirectoryService directory) {
        this.directory = directory;
        this.workloads = directory.workloads();
        setSizeFull();
        Function<WorkloadCode, String> workloadName = PartnerProfileDialog.names(workloads);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(PartnerType::label);
        type.setClearButtonVisible(true);
        region.setItems(Region.values());
        region.setItemLabelGenerator(Region::displayName);
        region.setClearButtonVisible(true);
        specialty.setItems(workloads.stream().map(WorkloadArea::code).toList());
        specialty.setItemLabelGenerator(workloadName::apply);
        specialty.setClearButtonVisible(true);
        create.setId("new-partner");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> open(null));

        grid.setId("partners-grid");
        grid.addColumn(PartnerCandidate::name).setHeader("Partner").setKey("name").setAutoWidth(true);
        grid.addColumn(p -> p.profile().type().label()).setHeader("Type").setKey("type").setAutoWidth(true);
        grid.addColumn(p -> p.profile().regions().stream().map(Region::displayName).collect(Collectors.joining(", ")))
                .setHeader("Regions served").setKey("regions");
        grid.addColumn(p -> p.profile().specialties().stream().map(workloadName).collect(Collectors.joining(", ")))
                .setHeader("Specialties").setKey("specialties");
        grid.addColumn(p -> p.activeEngagements() + " of " + p.profile().capacity()).setHeader("Load")
                .setKey("load").setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        pages = OneReadPages.bind(grid, page -> directory.page(filter(), page));
        name.addValueChangeListener(change -> pages.refresh());
        type.addValueChangeListener(change -> pages.refresh());
        region.addValueChangeListener(change -> pages.refresh());
        specialty.addValueChangeListener(change -> pages.refresh());

        HorizontalLayout toolbar = new HorizontalLayout(name, type, region, specialty, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(new H2("Partners"), toolbar, grid);
    }

    private PartnerFilter filter() {
        return new PartnerFilter(name.getValue(), type.getValue(), region.getValue(), specialty.getValue());
    }

    private Button editButton(PartnerCandidate partner) {
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> open(partner));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + partner.name());
        return edit;
    }

    private void open(@Nullable PartnerCandidate existing) {
        new PartnerProfileDialog(existing, directory.partnerOrganisations(), workloads,
                (organisation, draft) -> directory.save(organisation.id(),
                        existing == null ? 0 : existing.profile().version(), draft),
                () -> {
                    pages.refresh();
                    Notification.show("Partner profile saved", 3000, Notification.Position.BOTTOM_START);
                }).open();
    }
}
