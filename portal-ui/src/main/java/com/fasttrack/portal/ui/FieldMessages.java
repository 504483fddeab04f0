package com.fasttrack.portal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;

/**
 * Words for the limits a field enforces by itself (a maximum length, a date or number range, an e-mail's form).
 * Without them Vaadin marks such a field invalid and says nothing, and a pasted text over the limit looks as if it
 * had been cut or refused for no reason. Called once on each form, dialog and view after it is built.
 */
public final class FieldMessages {

    public static final String BAD_DATE = "Enter a date such as 2026-12-31";
    public static final String BAD_NUMBER = "Enter a whole number";
    public static final String BAD_EMAIL = "Enter an e-mail address such as name@example.com";

    private FieldMessages() {
    }

    /** Gives every field under the root the message for each limit it has now; returns the root. */
    public static <C extends Component> C explain(C root) {
        explainOne(root);
        root.getChildren().forEach(FieldMessages::explain);
        return root;
    }

    public static String tooLong(int max) {
        return "At most " + max + " characters: shorten the text";
    }

    private static void explainOne(Component component) {
        switch (component) {
            case TextField field when field.getMaxLength() > 0 -> field.setI18n(new TextField.TextFieldI18n()
                    .setMaxLengthErrorMessage(tooLong(field.getMaxLength())));
            case TextArea field when field.getMaxLength() > 0 -> field.setI18n(new TextArea.TextAreaI18n()
                    .setMaxLengthErrorMessage(tooLong(field.getMaxLength())));
            case PasswordField field when field.getMaxLength() > 0 -> field.setI18n(
                    new PasswordField.PasswordFieldI18n().setMaxLengthErrorMessage(tooLong(field.getMaxLength())));
            case EmailField field -> field.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(BAD_EMAIL)
                    .setMaxLengthErrorMessage(field.getMaxLength() > 0 ? tooLong(field.getMaxLength()) : null));
            case IntegerField field -> field.setI18n(new IntegerField.IntegerFieldI18n()
                    .setBadInputErrorMessage(BAD_NUMBER)
                    .setMinErrorMessage("At least " + field.getMin())
                    .setMaxErrorMessage("At most " + field.getMax()));
            case DatePicker field -> field.setI18n(dates(field.getI18n(), field.getMin(), field.getMax()));
            default -> {
            }
        }
    }

    private static DatePicker.DatePickerI18n dates(DatePicker.DatePickerI18n current, LocalDate min, LocalDate max) {
        DatePicker.DatePickerI18n i18n = current == null ? new DatePicker.DatePickerI18n() : current;
        i18n.setBadInputErrorMessage(BAD_DATE);
        if (min != null) {
            i18n.setMinErrorMessage("Choose " + min + " or later");
        }
        if (max != null) {
            i18n.setMaxErrorMessage("Choose " + max + " or earlier");
        }
        return i18n;
    }
}
