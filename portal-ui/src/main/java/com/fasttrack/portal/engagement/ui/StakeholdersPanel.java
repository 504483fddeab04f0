package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Stakeholder;
import com.fasttrack.portal.engagement.StakeholderId;
import com.fasttrack.portal.engagement.service.EngagementDetails;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.function.Consumer;

/** The customer-side people on the engagement. */
final class StakeholdersPanel extends VerticalLayout {

    final Grid<Stakeholder> grid = new Grid<>();

    StakeholdersPanel(EngagementDetails details, Consumer<StakeholderForm.NewStakeholder> onAdd,
                      Consumer<StakeholderId> onRemove) {
        setPadding(false);
        grid.addColumn(Stakeholder::name).setHeader("Name");
        grid.addColumn(s -> s.email() == null ? "" : s.email()).setHeader("E-mail");
        grid.addColumn(s -> s.role().label()).setHeader("Role");
        boolean editable = details.can(Capability.EDIT_STAKEHOLDERS);
        if (editable) {
            grid.addComponentColumn(stakeholder -> {
                Button remove = new Button(VaadinIcon.TRASH.create(), click -> onRemove.accept(stakeholder.id()));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel("Remove " + stakeholder.name());
                return remove;
            }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        }
        grid.setItems(details.engagement().stakeholders());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No stakeholders yet: name at least an executive sponsor and a technical lead.");
        add(grid);
        if (editable) {
            add(new StakeholderForm(onAdd));
        }
    }
}
