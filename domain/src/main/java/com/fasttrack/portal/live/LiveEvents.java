package com.fasttrack.portal.live;

import java.util.function.Consumer;

/** The port to the change events shared by all instances of the portal. */
public interface LiveEvents {

    /**
     * Sends the event to the subscribers of every instance, this one included: when the current transaction
     * commits, or at once outside a transaction. A rolled-back transaction sends nothing.
     */
    void publish(LiveEvent event);

    /** Calls the subscriber with every event from now on, on a background thread, until the subscription closes. */
    Subscription subscribe(Consumer<LiveEvent> subscriber);

    /** Ends a subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
