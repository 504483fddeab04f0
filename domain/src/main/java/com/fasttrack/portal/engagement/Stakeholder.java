package com.fasttrack.portal.engagement;

import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/** A customer-side person on an engagement, optionally linked to a user of the portal. */
public record Stakeholder(StakeholderId id, String name, @Nullable String email, StakeholderRole role,
                          @Nullable UserId userId) {

    public Stakeholder {
        Objects.requireNonNull(id, "id");
        name = Require.nonBlank(name, "Name", 200);
        email = email == null || email.isBlank() ? null : email.strip();
        Objects.requireNonNull(role, "role");
    }
}
