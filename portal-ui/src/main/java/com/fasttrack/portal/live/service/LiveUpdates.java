package com.fasttrack.portal.live.service;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.live.EngagementChanged;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.security.AccountSessions;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What a page needs to stay current: the changes of the engagement it shows, as far as its user may know of them
 * (customers and partners hear nothing of internal entries, partners nothing of partner matching), and who else
 * has it open. Listeners run on their own virtual thread, never on the thread that reads the database's events.
 * Nothing reaches a page whose session's account has changed since sign-in (disabled, another role, a new password):
 * each delivery first reads the account, so a page that has not made a request since cannot keep receiving data.
 */
@NotABoundary("delivers to pages changes they may know of; its callers checked the user may see the engagement")
@Component
public class LiveUpdates {

    private final LiveEvents events;
    private final Presence presence;
    private final AccountSessions sessions;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    LiveUpdates(LiveEvents events, Presence presence, AccountSessions sessions) {
        this.events = events;
        this.presence = presence;
        this.sessions = sessions;
    }

    /** Runs the delivery on its own thread, if the user's session still acts for its account as it is now. */
    private void deliver(PortalUser user, Runnable delivery) {
        executor.execute(() -> {
            if (sessions.current(user)) {
                delivery.run();
            }
        });
    }

    /** The caller must have checked that the user may see the engagement (it has shown it). */
    public Watch watch(EngagementId engagement, PortalUser user, EngagementListener listener) {
        String viewer = presence.enter(engagement, user.id(), user.displayName());
        LiveEvents.Subscription changes = events.subscribe(event -> {
            if (event instanceof EngagementChanged change && change.engagement().equals(engagement)
                    && mayKnow(user, change)) {
                deliver(user, () -> listener.changed(change));
            }
        });
        Runnable viewers = presence.onChange(changed -> {
            if (changed.equals(engagement)) {
                deliver(user, () -> listener.viewersChanged(others(engagement, user)));
            }
        });
        executor.execute(() -> listener.viewersChanged(others(engagement, user)));
        return () -> {
            changes.close();
            viewers.run();
            presence.leave(viewer);
        };
    }

    /** Calls back whenever the user's notifications change, on any instance. */
    public Watch watchNotifications(PortalUser user, Runnable onChange) {
        LiveEvents.Subscription subscription = events.subscribe(event -> {
            if (event instanceof NotificationsChanged changed && changed.user().equals(user.id())) {
                deliver(user, onChange);
            }
        });
        return subscription::close;
    }

    static boolean mayKnow(PortalUser user, EngagementChanged change) {
        if (user.role().isProviderStaff()) {
            return true;
        }
        return change.visibility() == Visibility.SHARED
                && !(user.role() == Role.PARTNER && change.kind().isMatchmaking());
    }

    private List<Presence.Viewer> others(EngagementId engagement, PortalUser user) {
        return presence.viewers(engagement).stream().filter(v -> !v.user().equals(user.id())).toList();
    }

    /** What a page showing an engagement hears. */
    public interface EngagementListener {

        void changed(EngagementChanged change);

        void viewersChanged(List<Presence.Viewer> others);
    }

    /** Ends watching. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
