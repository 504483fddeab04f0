package com.fasttrack.portal.shared;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/** A rule of the domain refused an operation; the message is written for the user who attempted it. */
public class DomainException extends RuntimeException {

    private final @Nullable String field;

    public DomainException(String message) {
        this(message, null);
    }

    /** A refusal of one field's value; {@code field} is the field's label as the user sees it ("Due date"). */
    public DomainException(String message, @Nullable String field) {
        super(message);
        this.field = field;
    }

    /** The label of the field whose value was refused, so a form can show the message next to it. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
