package com.fasttrack.portal.live.service;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.PresenceSignal;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Who is looking at which engagement, across all instances. Every open engagement page announces itself when it
 * opens and closes, and again every {@link #HEARTBEAT} (a page whose instance died just stops announcing and drops
 * out after {@link #EXPIRY}); a newcomer is answered at once by the pages already open, so it sees them without
 * waiting for the next heartbeat.
 */
@NotABoundary("who has which engagement open, told by pages that showed it; it reads no engagement data")
@Component
public class Presence {

    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    static final Duration EXPIRY = Duration.ofSeconds(35);

    private final LiveEvents events;
    private final Clock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final Map<String, PresenceSignal> local = new ConcurrentHashMap<>();
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private final List<Consumer<EngagementId>> listeners = new CopyOnWriteArrayList<>();

    Presence(LiveEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
        events.subscribe(this::receive);
    }

    /** Someone opened the engagement on this instance; returns the key of their page. */
    public String enter(EngagementId engagement, UserId user, String name) {
        String viewer = instance + "/" + UUID.randomUUID();
        PresenceSignal joined = new PresenceSignal(engagement, viewer, user, name, PresenceSignal.Kind.JOINED);
        List<Viewer> before = viewers(engagement);
        local.put(viewer, joined);
        seen.put(viewer, new Seen(engagement, user, name, now()));
        events.publish(joined);
        // the pages of this instance hear of it now: the JOINED signal coming back finds the viewer already seen
        if (!before.equals(viewers(engagement))) {
            changed(engagement);
        }
        return viewer;
    }

    /**
     * The page closed (its UI detached: navigated away, closed by the unload beacon, or by the sweep of a browser that
     * stopped sending heartbeats). The pages on this instance hear of it at once, the others by the LEFT signal.
     */
    public void leave(String viewer) {
        PresenceSignal joined = local.remove(viewer);
        if (joined != null) {
            List<Viewer> before = viewers(joined.engagement());
            seen.remove(viewer);
            events.publish(new PresenceSignal(joined.engagement(), viewer, joined.user(), joined.name(),
                    PresenceSignal.Kind.LEFT));
            if (!before.equals(viewers(joined.engagement()))) {
                changed(joined.engagement());
            }
        }
    }

    /** The people with the engagement open now, by name, each once. */
    public List<Viewer> viewers(EngagementId engagement) {
        Instant oldest = now().minus(EXPIRY);
        Map<UserId, String> people = new LinkedHashMap<>();
        seen.values().stream().filter(s -> s.engagement().equals(engagement) && s.at().isAfter(oldest))
                .sorted(Comparator.comparing(Seen::name)).forEach(s -> people.putIfAbsent(s.user(), s.name()));
        return people.entrySet().stream().map(e -> new Viewer(e.getKey(), e.getValue())).toList();
    }

    /** Called with the engagement whenever the people looking at it may have changed. */
    public Runnable onChange(Consumer<EngagementId> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Scheduled(fixedDelayString = "${portal.presence.heartbeat-ms:10000}")
    void heartbeat() {
        local.values().forEach(this::announce);
        Instant oldest = now().minus(EXPIRY);
        Set<EngagementId> expired = seen.entrySet().stream().filter(e -> !e.getValue().at().isAfter(oldest))
                .map(e -> {
                    seen.remove(e.getKey());
                    return e.getValue().engagement();
                }).collect(Collectors.toSet());
        expired.forEach(this::changed);
    }

    private void receive(LiveEvent event) {
        if (!(event instanceof PresenceSignal signal)) {
            return;
        }
        if (signal.kind() != PresenceSignal.Kind.LEFT && signal.viewer().startsWith(instance + "/")
                && !local.containsKey(signal.viewer())) {
            // the echo of an announcement this instance sent just before its page left: the page is gone
            return;
        }
        List<Viewer> before = viewers(signal.engagement());
        if (signal.kind() == PresenceSignal.Kind.LEFT) {
            seen.remove(signal.viewer());
        } else {
            seen.put(signal.viewer(), new Seen(signal.engagement(), signal.user(), signal.name(), now()));
        }
        if (signal.kind() == PresenceSignal.Kind.JOINED && !local.containsKey(signal.viewer())) {
            local.values().stream().filter(mine -> mine.engagement().equals(signal.engagement()))
                    .forEach(this::announce);
        }
        if (!before.equals(viewers(signal.engagement()))) {
            changed(signal.engagement());
        }
    }

    private void announce(PresenceSignal page) {
        events.publish(new PresenceSignal(page.engagement(), page.viewer(), page.user(), page.name(),
                PresenceSignal.Kind.HERE));
    }

    private void changed(EngagementId engagement) {
        listeners.forEach(listener -> listener.accept(engagement));
    }

    private Instant now() {
        return Instant.now(clock);
    }

    /** Someone looking at an engagement. */
    public record Viewer(UserId user, String name) {
    }

    private record Seen(EngagementId engagement, UserId user, String name, Instant at) {
    }
}
