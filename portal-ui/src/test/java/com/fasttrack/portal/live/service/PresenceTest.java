package com.fasttrack.portal.live.service;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.PresenceSignal;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.testing.MutableClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who is looking at an engagement, on one instance, with the channel between instances delivering at once and the
 * clock moved by hand: a page that closes (its UI detached: the unload beacon, or the heartbeat sweep of a browser
 * that vanished) leaves at once, everywhere; a page whose instance died stops announcing and drops out after the
 * expiry, well within a minute.
 */
class PresenceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final InstantEvents events = new InstantEvents();
    private final Presence presence = new Presence(events, clock);
    private final EngagementId engagement = new EngagementId(UUID.randomUUID());
    private final UserId engineer = new UserId(UUID.randomUUID());

    @Test
    void aClosedPageLeavesAtOnceAndTellsTheOtherInstances() {
        List<EngagementId> changed = new ArrayList<>();
        presence.onChange(changed::add);
        String page = presence.enter(engagement, engineer, "Priya Raman");
        assertThat(presence.viewers(engagement)).extracting(Presence.Viewer::name).containsExactly("Priya Raman");

        presence.leave(page);

        assertThat(presence.viewers(engagement)).isEmpty();
        assertThat(events.sent).last().satisfies(signal -> {
            assertThat(((PresenceSignal) signal).kind()).isEqualTo(PresenceSignal.Kind.LEFT);
            assertThat(((PresenceSignal) signal).viewer()).isEqualTo(page);
        });
        assertThat(changed).contains(engagement);
    }

    @Test
    void aPageThatOpensTellsThisInstancesPagesAtOnce() {
        List<EngagementId> changed = new ArrayList<>();
        presence.onChange(changed::add);

        presence.enter(engagement, engineer, "Priya Raman");

        assertThat(changed).containsExactly(engagement);
    }

    @Test
    void aClosedPageIsNoLongerAnnouncedByTheHeartbeat() {
        String page = presence.enter(engagement, engineer, "Priya Raman");
        presence.leave(page);
        int sent = events.sent.size();

        presence.heartbeat();

        assertThat(events.sent).hasSize(sent);
    }

    @Test
    void anAnnouncementStillOnItsWayWhenThePageLeftDoesNotBringItBack() {
        InstantEvents slow = new InstantEvents();
        slow.holding = true;
        Presence here = new Presence(slow, clock);
        String page = here.enter(engagement, engineer, "Priya Raman");
        here.heartbeat();
        List<LiveEvent> onTheirWay = List.copyOf(slow.held);
        slow.held.clear();
        slow.holding = false;

        // the sweep closed the page's UI right after the heartbeat announced it; the announcement arrives after
        here.leave(page);
        onTheirWay.forEach(slow::deliver);

        assertThat(here.viewers(engagement)).isEmpty();
    }

    @Test
    void aViewerWhoseInstanceStoppedAnnouncingDropsOutAfterTheExpiry() {
        String elsewhere = "other-instance/" + UUID.randomUUID();
        events.deliver(new PresenceSignal(engagement, elsewhere, engineer, "Priya Raman",
                PresenceSignal.Kind.JOINED));
        List<EngagementId> changed = new ArrayList<>();
        presence.onChange(changed::add);

        clock.advance(Presence.EXPIRY.minusSeconds(5));
        presence.heartbeat();
        assertThat(presence.viewers(engagement)).extracting(Presence.Viewer::name).containsExactly("Priya Raman");

        clock.advance(Duration.ofSeconds(6));
        presence.heartbeat();
        assertThat(presence.viewers(engagement)).isEmpty();
        assertThat(changed).containsExactly(engagement);
        assertThat(Presence.EXPIRY).isLessThan(Duration.ofMinutes(1));
    }

    @Test
    void aViewerThatKeepsAnnouncingStaysListed() {
        String elsewhere = "other-instance/" + UUID.randomUUID();
        PresenceSignal here = new PresenceSignal(engagement, elsewhere, engineer, "Priya Raman",
                PresenceSignal.Kind.HERE);
        for (int beat = 0; beat < 10; beat++) {
            events.deliver(here);
            clock.advance(Presence.HEARTBEAT);
            presence.heartbeat();
        }
        assertThat(presence.viewers(engagement)).extracting(Presence.Viewer::name).containsExactly("Priya Raman");
    }

    /** The channel between instances, delivering each event at once on the calling thread (or later, holding). */
    private static final class InstantEvents implements LiveEvents {

        final List<LiveEvent> sent = new CopyOnWriteArrayList<>();
        final List<LiveEvent> held = new CopyOnWriteArrayList<>();
        boolean holding;
        private final List<Consumer<LiveEvent>> subscribers = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LiveEvent event) {
            sent.add(event);
            if (holding) {
                held.add(event);
            } else {
                deliver(event);
            }
        }

        void deliver(LiveEvent event) {
            subscribers.forEach(subscriber -> subscriber.accept(event));
        }

        @Override
        public Subscription subscribe(Consumer<LiveEvent> subscriber) {
            subscribers.add(subscriber);
            return () -> subscribers.remove(subscriber);
        }
    }
}
