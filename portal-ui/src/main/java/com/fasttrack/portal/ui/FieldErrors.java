package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;

import java.util.Optional;

/**
 * Shows a refusal of the domain next to the field it names: the domain names a field by the label the user sees
 * ({@link DomainException#field()}), so any form finds it among its own fields without a mapping of its own.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks the field labelled as the refusal names it, inside {@code form}; false when there is none. */
    public static boolean show(Component form, DomainException refused) {
        Optional<Component> field = refused.field().flatMap(label -> find(form, label));
        field.ifPresent(component -> {
            HasValidation validated = (HasValidation) component;
            validated.setErrorMessage(refused.getMessage());
            validated.setInvalid(true);
        });
        return field.isPresent();
    }

    private static Optional<Component> find(Component component, String label) {
        if (component instanceof HasLabel labelled && component instanceof HasValidation
                && label.equals(labelled.getLabel())) {
            return Optional.of(component);
        }
        return component.getChildren().map(child -> find(child, label)).flatMap(Optional::stream).findFirst();
    }
}
