package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.security.DuplicateEmailException;
import com.fasttrack.portal.security.service.UserRow;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;

/**
 * Invites a user (no existing row) or changes an existing user's role and organisation. Stays open with the
 * reason next to the field, or above the buttons, when the service refuses.
 *
 * @param <R> what saving returns: the one-time password of an invitation, the changed row of an edit
 */
class UserDialog<R> extends Dialog {

    /** Stores the form's value, or refuses with a {@link DomainException}. */
    @FunctionalInterface
    interface SaveAction<R> {
        R save(UserForm.Draft draft);
    }

    final UserForm form;
    final Button save;
    final Paragraph error = new Paragraph();

    UserDialog(UserForm.OrganisationSearch organisations, @Nullable UserRow existing, SaveAction<R> action,
               Consumer<R> onSaved) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        form = new UserForm(organisations, existing);
        setId("user-dialog");
        setHeaderTitle(existing == null ? "Invite a user" : "Role and organisation of " + existing.displayName());
        error.setId("user-dialog-error");
        error.addClassName("ft-form-error");
        error.setVisible(false);
        add(form, error);

        save = new Button(existing == null ? "Invite" : "Save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> form.validValue().ifPresent(draft -> {
            try {
                R result = action.save(draft);
                close();
                onSaved.accept(result);
            } catch (DuplicateEmailException duplicate) {
                form.showEmailError(duplicate.getMessage());
            } catch (DomainException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        }));
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
