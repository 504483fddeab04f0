package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** A program manager moves past an incomplete checklist; the written reason is required and kept. */
final class OverrideDialog extends Dialog {

    final TextArea reason = new TextArea("Reason for overriding the gate");
    final Button confirm = new Button("Override and move on");

    OverrideDialog(String what, String missing, Consumer<String> onConfirm) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setHeaderTitle("Override the gate: " + what);
        reason.setWidth("36rem");
        TextLimits.say(reason, Engagement.OVERRIDE_REASON_MAX);
        add(new Paragraph("Not done yet: " + missing), reason);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-override");
        confirm.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Write why the gate is overridden");
                reason.setInvalid(true);
                return;
            }
            onConfirm.accept(reason.getValue());
            close();
        });
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
