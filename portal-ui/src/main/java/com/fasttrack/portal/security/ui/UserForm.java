package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.service.UserRow;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.ui.Pages;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * E-mail, name, role and organisation of a user. Inviting fills in all four; editing an existing user changes
 * only role and organisation. The role/organisation rules are the domain's own ({@link UserAccount}), checked
 * here so that the message appears next to the field.
 */
class UserForm extends Composite<FormLayout> {

    /** Finds organisations for the organisation field, a page at a time. */
    @FunctionalInterface
    interface OrganisationSearch {
        List<Organisation> search(String text, PageRequest page);
    }

    final TextField email = new TextField("E-mail");
    final TextField displayName = new TextField("Name");
    final Select<Role> role = new Select<>();
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");

    private final Binder<Draft> binder = new Binder<>();
    private final Binder.Binding<Draft, Organisation> organisationBinding;
    private final Draft draft = new Draft();

    UserForm(OrganisationSearch organisations, @Nullable UserRow existing) {
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        organisation.setItems(query -> organisations.search(query.getFilter().orElse(""), Pages.of(query)).stream());
        organisation.setItemLabelGenerator(o -> o.name() + " (" + o.kind().label() + ")");
        organisation.setHelperText("Customers and partners only");
        organisation.setClearButtonVisible(true);

        binder.forField(email).asRequired("E-mail is required").withConverter(new EmailConverter())
                .bind(Draft::email, Draft::email);
        binder.forField(displayName)
                .asRequired("Name is required")
                .withValidator(value -> !value.isBlank(), "Name is required")
                .withValidator(TextLimits.atMost("Name must be at most " + UserAccount.DISPLAY_NAME_MAX
                        + " characters", UserAccount.DISPLAY_NAME_MAX))
                .bind(Draft::displayName, Draft::displayName);
        binder.forField(role).asRequired("Role is required").bind(Draft::role, Draft::role);
        organisationBinding = binder.forField(organisation).withValidator(this::fitsRole)
                .bind(Draft::organisation, Draft::organisation);
        role.addValueChangeListener(change -> roleChanged(change.getValue()));

        if (existing != null) {
            draft.email(existing.email());
            draft.displayName(existing.displayName());
            draft.role(existing.role());
            draft.organisation(existing.organisation());
            email.setReadOnly(true);
            displayName.setReadOnly(true);
        }
        binder.readBean(draft);
        getContent().add(email, displayName, role, organisation);
    }

    /** The entered values if all are valid; otherwise the fields show what is wrong. */
    Optional<Draft> validValue() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    void showEmailError(String message) {
        email.setErrorMessage(message);
        email.setInvalid(true);
    }

    private void roleChanged(@Nullable Role selected) {
        boolean belongsToOrganisation = selected == null || selected.requiresOrganisation();
        if (!belongsToOrganisation) {
            organisation.clear();
        }
        organisation.setEnabled(belongsToOrganisation);
        if (!organisation.isEmpty()) {
            organisationBinding.validate();
        }
    }

    private ValidationResult fitsRole(@Nullable Organisation chosen, ValueContext context) {
        Role selected = role.getValue();
        if (selected == null) {
            return ValidationResult.ok();
        }
        try {
            UserAccount.requireOrganisationFits(selected, chosen == null ? null : chosen.id());
            if (chosen != null) {
                UserAccount.requireMatchingKind(selected, chosen.kind());
            }
            return ValidationResult.ok();
        } catch (DomainException refused) {
            return ValidationResult.error(refused.getMessage());
        }
    }

    /** Text to e-mail address with the domain's own validation message. */
    private static final class EmailConverter implements Converter<String, EmailAddress> {
        @Override
        public Result<EmailAddress> convertToModel(String value, ValueContext context) {
            return Result.of(() -> new EmailAddress(value), Throwable::getMessage);
        }

        @Override
        public String convertToPresentation(@Nullable EmailAddress value, ValueContext context) {
            return value == null ? "" : value.value();
        }
    }

    /** The values of the form; mutable so that the binder can write into it. */
    static final class Draft {
        private @Nullable EmailAddress email;
        private String displayName = "";
        private @Nullable Role role;
        private @Nullable Organisation organisation;

        @Nullable EmailAddress email() {
            return email;
        }

        void email(@Nullable EmailAddress value) {
            this.email = value;
        }

        String displayName() {
            return displayName;
        }

        void displayName(String value) {
            this.displayName = value;
        }

        @Nullable Role role() {
            return role;
        }

        void role(@Nullable Role value) {
            this.role = value;
        }

        @Nullable Organisation organisation() {
            return organisation;
        }

        void organisation(@Nullable Organisation value) {
            this.organisation = value;
        }
    }
}
