package com.fasttrack.portal.security;

import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A random password a program manager hands to a user once; the user must replace it at first sign-in.
 * Only its hash is stored. Groups of characters that cannot be mistaken for each other (no 0/O, 1/l/I) make it
 * easy to read out or type.
 */
public record OneTimePassword(String value) {

    static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int GROUPS = 4;
    static final int GROUP_LENGTH = 5;

    public OneTimePassword {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh password of {@value #GROUPS} groups of {@value #GROUP_LENGTH}; pass a SecureRandom in production. */
    public static OneTimePassword generate(RandomGenerator random) {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return new OneTimePassword(password.toString());
    }

    /** Never the password itself, so that it cannot end up in a log by accident. */
    @Override
    public String toString() {
        return "OneTimePassword[hidden]";
    }
}
