package com.fasttrack.portal.engagement;

import com.fasttrack.portal.shared.DomainException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names one tab of the engagement page in links ({@code ?tab=check-ins}), notifications and mails; each feature
 * declares the key of the tab it contributes, once, in its own domain package.
 */
public record TabKey(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public TabKey {
        if (!SLUG.matcher(slug).matches()) {
            throw new DomainException("A tab key is lower-case letters, digits and hyphens: " + slug);
        }
    }

    /**
     * The key a link names, whatever its case: links and mails written before tabs had keys name the tab by its
     * label ({@code ?tab=Check-ins}), which lower-cases to its key.
     */
    public static Optional<TabKey> parse(String text) {
        String slug = text.strip().toLowerCase(Locale.ROOT);
        return SLUG.matcher(slug).matches() ? Optional.of(new TabKey(slug)) : Optional.empty();
    }

    @Override
    public String toString() {
        return slug;
    }
}
