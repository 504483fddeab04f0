package com.fasttrack.portal.organisation.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.organisation.DuplicateOrganisationNameException;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;

/** Creates or edits one organisation; stays open with the reason next to the field when saving is refused. */
class OrganisationDialog extends Dialog {

    /** Stores the form's value, or refuses with a {@link DomainException}. */
    @FunctionalInterface
    interface SaveAction {
        Organisation save(OrganisationForm.Draft draft);
    }

    final OrganisationForm form;
    final Button save = new Button("Save");
    final Paragraph error = new Paragraph();

    OrganisationDialog(@Nullable Organisation existing, SaveAction action, Consumer<Organisation> onSaved) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        form = new OrganisationForm(existing);
        setId("organisation-dialog");
        setHeaderTitle(existing == null ? "New organisation" : "Edit " + existing.name());
        error.setId("organisation-dialog-error");
        error.addClassName("ft-form-error");
        error.setVisible(false);
        add(form, error);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> form.validValue().ifPresent(draft -> {
            try {
                Organisation saved = action.save(draft);
                close();
                onSaved.accept(saved);
            } catch (DuplicateOrganisationNameException duplicate) {
                form.showNameError(duplicate.getMessage());
            } catch (DomainException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        }));
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, save);
    }
}
