package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a password a user chooses must look like. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** bcrypt reads no more than 72 bytes; a longer password would be silently cut, so it is refused. */
    private static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** The problem with a new password, if any, given the current one it replaces. */
    public static Optional<String> problemWith(String newPassword, String currentPassword) {
        if (newPassword.length() < MIN_LENGTH) {
            return Optional.of("The new password must have at least " + MIN_LENGTH + " characters");
        }
        if (newPassword.length() > MAX_LENGTH || newPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The new password must have at most " + MAX_LENGTH + " characters");
        }
        if (newPassword.equals(currentPassword)) {
            return Optional.of("The new password must differ from the current one");
        }
        return Optional.empty();
    }

    public static void check(String newPassword, String currentPassword) {
        problemWith(newPassword, currentPassword).ifPresent(problem -> {
            throw new DomainException(problem);
        });
    }
}
