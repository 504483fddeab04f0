package com.fasttrack.portal.checkin.ui;

import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInDraft;
import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A check-in's fields; the next check-in date follows the date plus the cadence unless changed by hand. */
final class CheckInForm extends Composite<FormLayout> {

    final DatePicker date = new DatePicker("Date");
    final Select<CheckInKind> kind = new Select<>();
    final MultiSelectComboBox<String> attendees = new MultiSelectComboBox<>("Attendees");
    final TextArea sharedSummary = new TextArea("Shared summary (customer sees this)");
    final TextArea internalNote = new TextArea("Internal note (provider only)");
    final RadioButtonGroup<OnTrack> onTrack = new RadioButtonGroup<>("On track?");
    final TextArea outcomes = new TextArea("Outcomes");
    final TextArea nextSteps = new TextArea("Next steps");
    final DatePicker nextCheckIn = new DatePicker("Next check-in");

    private final Binder<Bean> binder = new Binder<>();
    private boolean nextTouched;

    private static final class Bean {
        LocalDate date;
        CheckInKind kind;
        Set<String> attendees = Set.of();
        String sharedSummary = "";
        String internalNote = "";
        OnTrack onTrack;
        String outcomes = "";
        String nextSteps = "";
        LocalDate nextCheckIn;
    }

    CheckInForm(List<String> people, Cadence cadence, LocalDate today) {
        kind.setLabel("Kind");
        kind.setItems(CheckInKind.values());
        kind.setItemLabelGenerator(CheckInKind::label);
        onTrack.setItems(OnTrack.values());
        onTrack.setItemLabelGenerator(OnTrack::label);
        attendees.setItems(people);
        internalNote.addClassName("ft-internal-field");
        nextCheckIn.setHelperText("Defaults to the date plus the cadence (" + cadence.label() + ")");
        sharedSummary.setId("checkin-summary");
        internalNote.setId("checkin-internal-note");
        for (TextArea area : List.of(sharedSummary, internalNote, outcomes, nextSteps)) {
            TextLimits.say(area, CheckIn.TEXT_MAX);
        }

        binder.forField(date).asRequired("Date is required").bind(b -> b.date, (b, v) -> b.date = v);
        binder.forField(kind).asRequired("Choose the kind of check-in").bind(b -> b.kind, (b, v) -> b.kind = v);
        binder.forField(attendees).bind(b -> b.attendees, (b, v) -> b.attendees = v);
        binder.forField(sharedSummary).asRequired("A shared summary is required")
                .bind(b -> b.sharedSummary, (b, v) -> b.sharedSummary = v);
        binder.forField(internalNote).bind(b -> b.internalNote, (b, v) -> b.internalNote = v);
        binder.forField(onTrack).asRequired("Say whether the deployment is on track")
                .bind(b -> b.onTrack, (b, v) -> b.onTrack = v);
        binder.forField(outcomes).bind(b -> b.outcomes, (b, v) -> b.outcomes = v);
        binder.forField(nextSteps).bind(b -> b.nextSteps, (b, v) -> b.nextSteps = v);
        binder.forField(nextCheckIn).asRequired("Choose the next check-in date")
                .withValidator(next -> date.getValue() == null || next.isAfter(date.getValue()),
                        "The next check-in must be after this one")
                .bind(b -> b.nextCheckIn, (b, v) -> b.nextCheckIn = v);
        binder.setBean(new Bean());
        date.addValueChangeListener(change -> {
            if (!nextTouched && change.getValue() != null) {
                nextCheckIn.setValue(change.getValue().plus(cadence.period()));
            }
        });
        nextCheckIn.addValueChangeListener(change -> nextTouched = change.isFromClient() || nextTouched);
        date.setValue(today);
        kind.setValue(CheckInKind.STATUS);

        FormLayout layout = getContent();
        layout.add(date, kind, attendees, onTrack, sharedSummary, internalNote, outcomes, nextSteps, nextCheckIn);
        layout.setColspan(attendees, 2);
        layout.setColspan(sharedSummary, 2);
        layout.setColspan(internalNote, 2);
    }

    Optional<CheckInDraft> draft() {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new CheckInDraft(b.date, b.kind, List.copyOf(b.attendees), b.sharedSummary,
                b.internalNote, b.onTrack, b.outcomes, b.nextSteps, b.nextCheckIn));
    }
}
