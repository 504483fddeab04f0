package com.fasttrack.portal.notification;

import com.fasttrack.portal.security.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The port to users' e-mail preferences; a user without a stored choice has {@link MailMode#DEFAULT}. */
public interface MailPreferences {

    MailMode modeOf(UserId user);

    /** The mode of each of these users (the default for those without a choice). */
    Map<UserId, MailMode> modesOf(Collection<UserId> users);

    void set(UserId user, MailMode mode, Instant at);
}
