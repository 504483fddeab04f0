package com.fasttrack.portal.engagement;

import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** A customer-side person on an engagement, optionally linked to a user of the portal. */
public record Stakeholder(StakeholderId id, String name, @Nullable String email, StakeholderRole role,
                          @Nullable UserId userId) {

    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;

    public Stakeholder {
        Objects.requireNonNull(id, "id");
        name = Require.nonBlank(name, "Name", NAME_MAX);
        email = Require.line(email, "E-mail", EMAIL_MAX);
        email = email.isEmpty() ? null : email;
        Objects.requireNonNull(role, "role");
    }
}
