package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.service.IssuedPassword;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a one-time password the only time it exists in clear: the portal stores just its hash, so closing this
 * dialog loses it for good (a new one can be issued with "Reset password").
 */
class OneTimePasswordDialog extends Dialog {

    final Span password = new Span();

    OneTimePasswordDialog(String title, IssuedPassword issued) {
        setId("one-time-password-dialog");
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        password.setId("one-time-password");
        password.addClassName("ft-one-time-password");
        password.setText(issued.password().value());
        add(new Paragraph("One-time password for " + issued.displayName() + " (" + issued.email() + "):"),
                password,
                new Paragraph("It is shown only now; give it to the user. They must choose a password of their "
                        + "own when they sign in with it."));
        Button done = new Button("Done", click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        // nothing of the password stays in the session once the dialog is gone
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                password.setText("");
            }
        });
    }
}
