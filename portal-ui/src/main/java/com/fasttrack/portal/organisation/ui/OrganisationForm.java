package com.fasttrack.portal.organisation.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * Name, kind and home region of an organisation. The kind is chosen once, at creation. The form validates and
 * hands a value out; saving is the caller's business.
 */
class OrganisationForm extends Composite<FormLayout> {

    final TextField name = new TextField("Name");
    final RadioButtonGroup<OrganisationKind> kind = new RadioButtonGroup<>("Kind");
    final Select<Region> homeRegion = new Select<>();

    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    OrganisationForm(@Nullable Organisation existing) {
        name.setRequiredIndicatorVisible(true);
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(OrganisationKind::label);
        homeRegion.setLabel("Home region");
        homeRegion.setItems(Region.values());
        homeRegion.setItemLabelGenerator(Region::displayName);

        binder.forField(name)
                .asRequired("Name is required")
                .withValidator(value -> !value.isBlank(), "Name is required")
                .withValidator(TextLimits.atMost(
                        "Name must be at most " + Organisation.NAME_MAX + " characters", Organisation.NAME_MAX))
                .bind(Draft::name, Draft::name);
        binder.forField(kind).asRequired("Choose customer or partner").bind(Draft::kind, Draft::kind);
        binder.forField(homeRegion).asRequired("Home region is required").bind(Draft::homeRegion, Draft::homeRegion);

        if (existing != null) {
            draft.name(existing.name());
            draft.kind(existing.kind());
            draft.homeRegion(existing.homeRegion());
            kind.setReadOnly(true);
            kind.setHelperText("The kind cannot be changed once the organisation exists");
        }
        binder.readBean(draft);
        getContent().add(name, kind, homeRegion);
    }

    /** The entered values if all are valid; otherwise the fields show what is wrong. */
    Optional<Draft> validValue() {
        return binder.writeBeanIfValid(draft) ? Optional.of(draft) : Optional.empty();
    }

    /** Shows a problem the server found with the name (a clash) next to the field. */
    void showNameError(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
    }

    /** The values of the form; mutable so that the binder can write into it. */
    static final class Draft {
        private String name = "";
        private @Nullable OrganisationKind kind;
        private @Nullable Region homeRegion;

        String name() {
            return name;
        }

        void name(String value) {
            this.name = value;
        }

        @Nullable OrganisationKind kind() {
            return kind;
        }

        void kind(@Nullable OrganisationKind value) {
            this.kind = value;
        }

        @Nullable Region homeRegion() {
            return homeRegion;
        }

        void homeRegion(@Nullable Region value) {
            this.homeRegion = value;
        }
    }
}
