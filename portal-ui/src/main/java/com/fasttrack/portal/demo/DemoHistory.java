package com.fasttrack.portal.demo;

import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The history the demo's records would have left: the demo publishes, in its seeding transaction, the events the
 * services publish for the same changes, with the person and the (past) moment of each. The portal's own listeners
 * then write the activity entries and the notifications as real use would have (docs/decisions/026), so the demo
 * never spells an entry itself.
 */
@Component
class DemoHistory {

    private final ApplicationEventPublisher events;
    private final UserAccounts users;

    DemoHistory(ApplicationEventPublisher events, UserAccounts users) {
        this.events = events;
        this.users = users;
    }

    /** What a service would have published for the change, at the change's time. */
    void happened(EngagementEvent event) {
        events.publishEvent(event);
    }

    /** The person as the history names them. */
    Actor actor(UserId user) {
        return Actor.person(user, users.findById(user).orElseThrow().displayName());
    }
}
