package com.fasttrack.portal.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code portal.ui.open}: the Vaadin UIs (browser tabs) this instance keeps in memory, from their creation until
 * Vaadin closes them (the tab closed and its heartbeats stopped, or the session ended).
 */
@Component
class OpenUis implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenUis(MeterRegistry registry) {
        Gauge.builder("portal.ui.open", open, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) open on this instance").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            open.incrementAndGet();
            AtomicBoolean closed = new AtomicBoolean();
            init.getUI().addDetachListener(detach -> {
                if (closed.compareAndSet(false, true)) {
                    open.decrementAndGet();
                }
            });
        });
    }
}
