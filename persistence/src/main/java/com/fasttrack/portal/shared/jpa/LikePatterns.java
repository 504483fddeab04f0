package com.fasttrack.portal.shared.jpa;

import java.util.Locale;

/**
 * Turns what a user typed into a "contains" pattern for {@code like … escape '\'}: the user's {@code %}, {@code _}
 * and backslash match themselves, never any text. Every search of the persistence module goes through here, so no
 * query can forget one of the three, and none hands PostgreSQL a NUL, which it refuses in any text parameter
 * ("invalid byte sequence for encoding UTF8: 0x00"): control characters are dropped from what was typed, since no
 * stored text holds one, and the search then matches the text the user can see (decision 015).
 */
public final class LikePatterns {

    /** The escape character every query using these patterns names ({@code escape '\'}). */
    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** The text, lower-cased, escaped and wrapped in {@code %}: compare with {@code lower(column) like :p}. */
    public static String containing(String text) {
        return "%" + escape(withoutControls(text).strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text without C0 control characters (tab and newline kept) and DEL. */
    public static String withoutControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> c == '\t' || c == '\n' || (c >= 0x20 && c != 0x7f)).forEach(c -> kept.append((char) c));
        return kept.toString();
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
