package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.ui.FieldMessages;
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
        text.setMaxLength(maxLength);
        text.setWidth("40rem");
        text.setMinHeight("10rem");
        add(text);
        Button save = new Button("Save", click -> {
            onSave.accept(text.getValue());
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
