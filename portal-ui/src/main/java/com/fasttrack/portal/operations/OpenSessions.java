package com.fasttrack.portal.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code portal.sessions.open}: the HTTP sessions this instance holds (signed in or not yet), as the servlet
 * container creates and ends them (sign-out, 30 minutes idle, the account's sessions ended).
 */
@Component
class OpenSessions implements HttpSessionListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenSessions(MeterRegistry registry) {
        Gauge.builder("portal.sessions.open", open, AtomicInteger::get)
                .description("HTTP sessions open on this instance").register(registry);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        open.decrementAndGet();
    }
}
