package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.service.PasswordService;
import com.fasttrack.portal.security.service.WrongPasswordException;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where a signed-in user changes its password; where a user who signed in with a one-time password is sent
 * until it has chosen its own (see SessionGuard).
 */
@Route("change-password")
@PageTitle("Change password · FastTrack Engagement Portal")
@PermitAll
public class ChangePasswordView extends Div {

    final ChangePasswordForm form = new ChangePasswordForm();
    final Button save = new Button("Change password");

    ChangePasswordView(PasswordService passwords) {
        addClassNames("ft-page", "ft-narrow");
        setId("change-password");
        add(new H2("Change your password"));
        if (passwords.passwordChangeRequired()) {
            Paragraph required = new Paragraph("You signed in with a one-time password. Choose a password of your "
                    + "own to continue.");
            required.setId("password-change-required");
            add(required);
        }
        save.setId("change-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> form.validValue().ifPresent(value -> {
            try {
                passwords.changePassword(value.currentPassword(), value.newPassword());
                Notification.show("Your password has been changed", 3000, Notification.Position.BOTTOM_START);
                // the portal's root, whichever feature serves it: security stands below the features and names none
                UI.getCurrent().navigate("");
            } catch (WrongPasswordException wrong) {
                form.showCurrentPasswordError(wrong.getMessage());
            } catch (DomainException refused) {
                form.showNewPasswordError(refused.getMessage());
            }
        }));
        add(form, save);
    }
}
