package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.engagement.RegionalAvailability;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

import java.util.function.Consumer;

/**
 * Changes one cell of the catalogue matrix. The save action comes from the view; when the domain refuses it,
 * its message stays next to the form and the dialog stays open.
 */
class AvailabilityDialog extends Dialog {

    final AvailabilityForm form;
    final Span error = new Span();

    AvailabilityDialog(WorkloadArea area, Region region, Consumer<RegionalAvailability> save) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setHeaderTitle(area.name() + " in " + region.displayName());
        addClassName("ft-availability-dialog");
        form = new AvailabilityForm(area.in(region));

        error.setId("availability-error");
        error.addClassName("ft-form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(form, error);

        Button cancel = new Button("Cancel", click -> close());
        Button saveButton = new Button("Save", click -> save(save));
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, saveButton);
    }

    private void save(Consumer<RegionalAvailability> save) {
        form.value().ifPresent(value -> {
            try {
                save.accept(value);
                close();
            } catch (DomainException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
    }
}
