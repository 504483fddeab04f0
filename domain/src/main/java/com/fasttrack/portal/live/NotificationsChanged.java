package com.fasttrack.portal.live;

import com.fasttrack.portal.security.UserId;

import java.util.Objects;

/** The user's notifications changed (a new one, or read elsewhere): their bell should count again. */
public record NotificationsChanged(UserId user) implements LiveEvent {

    public NotificationsChanged {
        Objects.requireNonNull(user, "user");
    }
}
