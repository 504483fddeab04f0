package com.fasttrack.portal.shared;

/** Self-validation helpers for value objects; failures are {@link DomainException}s with a user-facing message. */
public final class Require {

    private Require() {
    }

    public static String nonBlank(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException(field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
