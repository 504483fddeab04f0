package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.Require;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

/**
 * How a text field tells its limit (decision record 014). No {@code maxlength}: a browser cuts pasted text there
 * without a word, and counts UTF-16 units, so an emoji counts twice. Instead the field says its limit, and text over
 * it is refused with a message by the field (the binder's, or the domain's through {@link FieldErrors}).
 */
public final class TextLimits {

    private TextLimits() {
    }

    /** Says the limit under the field. */
    public static void say(HasHelper field, int max) {
        field.setHelperText("Up to " + max + " characters");
    }

    /** A binder check counting characters as the domain and PostgreSQL do (code points). */
    public static Validator<String> atMost(String message, int max) {
        return (value, context) -> value == null || Require.length(value.strip()) <= max ? ValidationResult.ok()
                : ValidationResult.error(message);
    }
}
