package com.fasttrack.portal.live;

/** Something that happened on one instance and that every instance may want to show. */
public sealed interface LiveEvent permits EngagementChanged, NotificationsChanged, PresenceSignal {
}
