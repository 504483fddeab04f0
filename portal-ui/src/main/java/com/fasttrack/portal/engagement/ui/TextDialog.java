package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** Edits one longer text (goal, assessment note) and hands the result out. */
final class TextDialog extends Dialog {

    final TextArea text = new TextArea();

    TextDialog(String title, String value, int maxLength, Consumer<String> onSave) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setHeaderTitle(title);
        text.setLabel(title);
        text.setValue(value);
        TextLimits.say(text, maxLength);
        text.setWidth("40rem");
        text.setMinHeight("10rem");
        add(text);
        Button save = new Button("Save", click -> {
            try {
                onSave.accept(text.getValue());
                close();
            } catch (DomainException refused) {
                // what was typed stays, with the reason by it
                text.setErrorMessage(refused.getMessage());
                text.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
