package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.RegionalAvailability;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

import java.util.Optional;

/** A region's availability of one workload: a status and an optional "available from" date. */
class AvailabilityForm extends Composite<FormLayout> {

    final Select<Availability> status = new Select<>();
    final DatePicker availableFrom = new DatePicker("Available from");
    private final Binder<RegionalAvailability> binder = new Binder<>(RegionalAvailability.class);

    AvailabilityForm(RegionalAvailability initial) {
        status.setLabel("Status");
        status.setItems(Availability.values());
        status.setItemLabelGenerator(Availability::label);
        availableFrom.setHelperText("Optional: before this date the workload counts as unavailable");
        availableFrom.setClearButtonVisible(true);
        // A date only limits an available or preview workload; on an unavailable one it would mean nothing
        status.addValueChangeListener(change -> {
            boolean dated = change.getValue() != Availability.UNAVAILABLE;
            availableFrom.setEnabled(dated);
            if (!dated) {
                availableFrom.clear();
            }
        });

        binder.forField(status).asRequired("Choose a status").bind("status");
        binder.forField(availableFrom).bind("availableFrom");
        binder.readRecord(initial);
        getContent().add(status, availableFrom);
    }

    /** The value entered, or empty (with the fields showing why) when it is not valid. */
    Optional<RegionalAvailability> value() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
