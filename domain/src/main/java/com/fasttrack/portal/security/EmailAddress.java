package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address used as a login; stored lower-case so that logins are case-insensitive. */
public record EmailAddress(String value) {

    public static final int MAX = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new DomainException("E-mail is required");
        }
        value = Require.nonBlank(value, "E-mail", MAX).toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new DomainException("'" + value + "' is not a valid e-mail address");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
