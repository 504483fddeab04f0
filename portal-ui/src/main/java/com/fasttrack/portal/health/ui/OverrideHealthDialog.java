package com.fasttrack.portal.health.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.health.HealthOverride;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import java.time.LocalDate;

/** An engineer sets the health colour by hand: colour, reason and an expiry at most 30 days ahead. */
final class OverrideHealthDialog extends Dialog {

    /** What the dialog hands out. */
    interface OnSave {
        void save(HealthColour colour, String reason, LocalDate until);
    }

    final Select<HealthColour> colour = new Select<>();
    final TextArea reason = new TextArea("Reason");
    final DatePicker until = new DatePicker("Until");
    final Button save = new Button("Override health");

    private static final class Bean {
        HealthColour colour;
        String reason = "";
        LocalDate until;
    }

    OverrideHealthDialog(LocalDate today, OnSave onSave) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setHeaderTitle("Override health");
        colour.setLabel("Colour");
        colour.setItems(HealthColour.values());
        colour.setItemLabelGenerator(HealthColour::label);
        until.setMin(today.plusDays(1));
        until.setMax(today.plusDays(HealthOverride.MAX_DAYS));
        until.setHelperText("At most " + HealthOverride.MAX_DAYS + " days ahead");
        Binder<Bean> binder = new Binder<>();
        binder.forField(colour).asRequired("Choose a colour").bind(b -> b.colour, (b, v) -> b.colour = v);
        binder.forField(reason).asRequired("Write why the health is overridden")
                .bind(b -> b.reason, (b, v) -> b.reason = v);
        binder.forField(until).asRequired("Choose when the override ends")
                .withValidator(d -> d.isAfter(today) && !d.isAfter(today.plusDays(HealthOverride.MAX_DAYS)),
                        "Between tomorrow and " + today.plusDays(HealthOverride.MAX_DAYS))
                .bind(b -> b.until, (b, v) -> b.until = v);
        binder.setBean(new Bean());
        add(new FormLayout(colour, until, reason));
        save.setId("save-health-override");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (binder.validate().isOk()) {
                Bean bean = binder.getBean();
                onSave.save(bean.colour, bean.reason, bean.until);
                close();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
