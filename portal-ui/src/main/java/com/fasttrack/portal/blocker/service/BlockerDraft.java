package com.fasttrack.portal.blocker.service;

import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What the raise-a-blocker form hands out. The owner is a name (anyone, also without an account); the owner's
 * account, when chosen, is notified that the blocker is assigned to it.
 */
public record BlockerDraft(String title, String description, @Nullable Severity severity, String owner,
                           @Nullable LocalDate dueDate, @Nullable Visibility visibility, @Nullable UserId ownerUser) {

    /** A blocker owned by a name only. */
    public BlockerDraft(String title, String description, @Nullable Severity severity, String owner,
                        @Nullable LocalDate dueDate, @Nullable Visibility visibility) {
        this(title, description, severity, owner, dueDate, visibility, null);
    }
}
