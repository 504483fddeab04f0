package com.fasttrack.portal.shared;

import org.jspecify.annotations.Nullable;

/**
 * Self-validation helpers for text in value objects and records; failures are {@link DomainException}s naming the
 * field. One rule for all text (decision record 014): C0 control characters are refused, except that single-line
 * text folds tab, CR and LF into a space and multi-line text keeps tab and LF (CRLF and lone CR become LF); lengths
 * count code points, as PostgreSQL's {@code varchar(n)} does; nothing else is changed (no Unicode normalisation).
 */
public final class Require {

    private Require() {
    }

    /** Required single-line text (a title, a name), stripped, at most {@code maxLength} characters. */
    public static String nonBlank(@Nullable String value, String field, int maxLength) {
        String line = line(value, field, maxLength);
        if (line.isEmpty()) {
            throw new DomainException(field + " is required", field);
        }
        return line;
    }

    /** Optional single-line text: empty when absent. */
    public static String line(@Nullable String value, String field, int maxLength) {
        if (value == null) {
            return "";
        }
        return limited(clean(value, field, false).strip(), field, maxLength);
    }

    /** Optional multi-line text (a description, a note): empty when absent. */
    public static String text(@Nullable String value, String field, int maxLength) {
        if (value == null) {
            return "";
        }
        return limited(clean(value, field, true).strip(), field, maxLength);
    }

    /** Required multi-line text. */
    public static String nonBlankText(@Nullable String value, String field, int maxLength) {
        String text = text(value, field, maxLength);
        if (text.isEmpty()) {
            throw new DomainException(field + " is required", field);
        }
        return text;
    }

    /**
     * Text the portal writes on its own (history, notifications, the security log): never refused, because the
     * record matters more than the text. Control characters become U+FFFD, so what was tried stays visible, and
     * text too long is cut at a character boundary with an ellipsis.
     */
    public static String clip(@Nullable String value, int maxLength) {
        String text = visible(value);
        return length(text) <= maxLength ? text : text.substring(0, text.offsetByCodePoints(0, maxLength - 1)) + "…";
    }

    /** Like {@link #clip} without the ellipsis: for keys and audit fields that keep exactly what fits. */
    public static String cut(@Nullable String value, int maxLength) {
        String text = visible(value);
        return length(text) <= maxLength ? text : text.substring(0, text.offsetByCodePoints(0, maxLength));
    }

    private static String visible(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder visible = new StringBuilder(value.length());
        value.strip().codePoints().forEach(cp -> visible.appendCodePoint(
                (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp));
        return visible.toString();
    }

    /** The length as PostgreSQL's {@code varchar} counts it: characters (code points), not UTF-16 units. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }

    private static String limited(String value, String field, int maxLength) {
        if (length(value) > maxLength) {
            throw new DomainException(field + " must be at most " + maxLength + " characters", field);
        }
        return value;
    }

    private static String clean(String value, String field, boolean multiLine) {
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r') {
                if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                    i++;
                }
                cleaned.append(multiLine ? '\n' : ' ');
            } else if (c == '\n' || c == '\t') {
                cleaned.append(multiLine ? c : ' ');
            } else if (c < 0x20) {
                throw new DomainException(field + " contains a control character (" + codePoint(c) + "); remove it",
                        field);
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                cleaned.append(c).append(value.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                throw new DomainException(field + " contains an incomplete character (" + codePoint(c)
                        + "); remove it", field);
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
