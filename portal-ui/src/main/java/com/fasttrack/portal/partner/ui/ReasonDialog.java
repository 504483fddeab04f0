package com.fasttrack.portal.partner.ui;

import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** Asks for a reason (declining a partner, closing a match) before the action runs. */
final class ReasonDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm;

    ReasonDialog(String title, String action, boolean required, Consumer<String> onConfirm) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setHeaderTitle(title);
        setId("reason-dialog");
        reason.setId("reason");
        reason.setWidth("32rem");
        TextLimits.say(reason, PartnerMatch.REASON_MAX);
        reason.setRequired(required);
        add(reason);
        confirm = new Button(action, click -> {
            if (required && reason.getValue().isBlank()) {
                reason.setErrorMessage("A reason is required");
                reason.setInvalid(true);
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        confirm.setId("confirm-reason");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
    }
}
