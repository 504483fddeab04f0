package com.fasttrack.portal.operations;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The Vaadin UIs (browser tabs) this instance keeps in memory, counted as {@code portal.ui.open}, and given back
 * when their browser went away. A tab that is closed or reloaded sends Vaadin's unload beacon and its UI closes at
 * once; a browser that vanished without one (killed, asleep, off the network) only stops sending heartbeats, and
 * Vaadin itself closes such a UI only at the next request of the same session, which may never come. So every
 * {@code portal.ui.sweep-ms} this class closes the UIs Vaadin deems inactive (no heartbeat for 3.1 heartbeat
 * intervals, see {@code vaadin.heartbeatInterval}); their components detach, and what watched the page (presence,
 * live updates, the bell) stops with them (docs/decisions/026).
 */
@Component
class OpenUis implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(OpenUis.class);

    /** How many heartbeat intervals without one make a UI inactive, as Vaadin counts. */
    private static final double HEARTBEATS_MISSED = 3.1;

    private final Set<UI> open = ConcurrentHashMap.newKeySet();

    OpenUis(MeterRegistry registry) {
        Gauge.builder("portal.ui.open", open, Set::size)
                .description("Vaadin UIs (browser tabs) open on this instance").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            open.add(ui);
            ui.addDetachListener(detach -> open.remove(ui));
        });
    }

    boolean tracks(UI ui) {
        return open.contains(ui);
    }

    /** How many UIs are open on this instance now. */
    int count() {
        return open.size();
    }

    /**
     * Vaadin's own rule ({@code VaadinService.isUIActive}), on the session read once: a request may remove the UI
     * meanwhile, and then the UI no longer knows its session.
     */
    private static boolean inactive(UI ui, VaadinSession session) {
        if (ui.isClosing()) {
            return true;
        }
        if (session.getLockInstance() instanceof ReentrantLock lock && lock.hasQueuedThreads()) {
            return false; // someone is working in the session: decide at the next sweep
        }
        long timeout = Math.round(session.getConfiguration().getHeartbeatInterval() * HEARTBEATS_MISSED * 1000);
        return timeout >= 0 && System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp() >= timeout;
    }

    /** Closes and removes the UIs whose heartbeats stopped, in their session's lock. */
    @Scheduled(fixedDelayString = "${portal.ui.sweep-ms:5000}", initialDelayString = "${portal.ui.sweep-ms:5000}")
    void closeInactive() {
        for (UI ui : open) {
            VaadinSession session = ui.getSession();
            if (session == null) {
                open.remove(ui);
            } else if (inactive(ui, session)) {
                try {
                    // in the UI's own access, as Vaadin removes closed UIs: detach listeners need it as current UI
                    ui.access(() -> {
                        log.debug("Closing UI {} at /{} of a browser that stopped sending heartbeats", ui.getUIId(),
                                ui.getInternals().getActiveViewLocation().getPath());
                        ui.close();
                        session.removeUI(ui);
                    });
                } catch (UIDetachedException gone) {
                    open.remove(ui);
                }
            }
        }
    }
}
