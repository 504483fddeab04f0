package com.fasttrack.portal.shared.jpa;

import java.util.Locale;

/**
 * Turns what a user typed into a "contains" pattern for {@code like … escape '\'}: the user's {@code %}, {@code _}
 * and backslash match themselves, never any text. Every search of the persistence module goes through here, so no
 * query can forget one of the three.
 */
public final class LikePatterns {

    /** The escape character every query using these patterns names ({@code escape '\'}). */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** The text, lower-cased, escaped and wrapped in {@code %}: compare with {@code lower(column) like :p}. */
    public static String containing(String text) {
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text with the escape character, {@code %} and {@code _} escaped (the escape character first). */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
