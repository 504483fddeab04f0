package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.PasswordPolicy;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;

import java.util.Optional;

/** The current password and a new one, typed twice; the new one checked against the domain's policy. */
class ChangePasswordForm extends Composite<FormLayout> {

    /** What the user typed, once valid. */
    record Value(String currentPassword, String newPassword) {
    }

    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeatPassword = new PasswordField("Repeat the new password");

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    ChangePasswordForm() {
        currentPassword.setId("current-password");
        newPassword.setId("new-password");
        repeatPassword.setId("repeat-password");
        newPassword.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters");
        binder.forField(currentPassword).asRequired("Enter your current password")
                .bind(d -> d.current, (d, value) -> d.current = value);
        binder.forField(newPassword).asRequired("Enter a new password")
                .withValidator((value, context) -> PasswordPolicy.problemWith(value, currentPassword.getValue())
                        .map(ValidationResult::error).orElseGet(ValidationResult::ok))
                .bind(d -> d.next, (d, value) -> d.next = value);
        binder.forField(repeatPassword).asRequired("Repeat the new password")
                .withValidator(value -> value.equals(newPassword.getValue()), "The two new passwords differ")
                .bind(d -> d.repeated, (d, value) -> d.repeated = value);
        binder.readBean(draft);
        getContent().add(currentPassword, newPassword, repeatPassword);
    }

    Optional<Value> validValue() {
        return binder.writeBeanIfValid(draft) ? Optional.of(new Value(draft.current, draft.next)) : Optional.empty();
    }

    void showCurrentPasswordError(String message) {
        currentPassword.setErrorMessage(message);
        currentPassword.setInvalid(true);
    }

    void showNewPasswordError(String message) {
        newPassword.setErrorMessage(message);
        newPassword.setInvalid(true);
    }

    /** Only the binder sees these; they are dropped with the form. */
    private static final class Draft {
        private String current = "";
        private String next = "";
        private String repeated = "";
    }
}
