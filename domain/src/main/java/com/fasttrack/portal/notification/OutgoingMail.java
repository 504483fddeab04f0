package com.fasttrack.portal.notification;

import com.fasttrack.portal.security.Role;

import java.util.Objects;

/** A notification waiting to be mailed, with its recipient's address, name and role. */
public record OutgoingMail(Notification notification, String email, String name, Role role) {

    public OutgoingMail {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
