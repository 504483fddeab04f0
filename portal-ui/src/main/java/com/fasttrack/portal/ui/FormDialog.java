package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.NotFoundException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A dialog around a form that creates something: the primary button takes the form's draft (none while the form
 * shows its field errors) and saves it; a refusal stays in the dialog, next to the field it names or else above
 * the form, and nothing is closed.
 */
public final class FormDialog<D> extends Dialog {

    private final Span error = new Span();

    public FormDialog(String title, String width, Component form, Supplier<Optional<D>> draft, String saveLabel,
                      String saveId, Consumer<D> save) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setHeaderTitle(title);
        setWidth(width);
        error.addClassName("ft-form-error");
        add(error, form);
        Button saveButton = new Button(saveLabel, click -> draft.get().ifPresent(typed -> {
            try {
                save.accept(typed);
                close();
            } catch (DomainException refused) {
                error.setText(FieldErrors.show(form, refused) ? "" : refused.getMessage());
            } catch (NotFoundException gone) {
                error.setText(Gone.logged(gone));
            }
        }));
        saveButton.setId(saveId);
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), saveButton);
    }
}
