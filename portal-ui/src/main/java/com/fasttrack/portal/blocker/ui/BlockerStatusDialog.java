package com.fasttrack.portal.blocker.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Arrays;
import java.util.function.BiConsumer;

/** Moves a blocker on; closing it asks for the resolution note, right next to the field. */
final class BlockerStatusDialog extends Dialog {

    final Select<BlockerStatus> status = new Select<>();
    final TextArea note = new TextArea("Resolution note");
    final Button save = new Button("Save");

    BlockerStatusDialog(Blocker blocker, BiConsumer<BlockerStatus, String> onSave) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setHeaderTitle(blocker.title());
        status.setLabel("New status");
        status.setId("blocker-new-status");
        status.setItems(Arrays.stream(BlockerStatus.values()).filter(s -> s != blocker.status()).toList());
        status.setItemLabelGenerator(BlockerStatus::label);
        note.setWidth("32rem");
        TextLimits.say(note, Blocker.TEXT_MAX);
        note.setId("blocker-resolution-note");
        add(status, note);
        save.setId("save-blocker-status");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (status.getValue() == null) {
                status.setErrorMessage("Choose the new status");
                status.setInvalid(true);
                return;
            }
            if (!status.getValue().isOpen() && note.getValue().isBlank()) {
                note.setErrorMessage("A resolution note is required to close a blocker");
                note.setInvalid(true);
                return;
            }
            if (note.getValue().length() > Blocker.TEXT_MAX) {
                // a paste over the limit: say so by the field rather than save a note that was cut or refused
                note.setErrorMessage(FieldMessages.tooLong(Blocker.TEXT_MAX));
                note.setInvalid(true);
                return;
            }
            onSave.accept(status.getValue(), note.getValue());
            close();
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
