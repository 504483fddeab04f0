package com.fasttrack.portal.operations;

import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.postgres.PostgresLiveEvents;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Consumer;

/**
 * The live events every feature publishes and hears, counted by kind: {@code portal.live.events.sent} when the
 * writing transaction commits (PostgreSQL sends a NOTIFY only then), {@code portal.live.events.received} for each
 * event this instance's LISTEN connection hands on (its own included). Sent on one instance and received on the
 * others, the two show whether events travel between instances. Wraps the PostgreSQL adapter as the one
 * {@link LiveEvents} the features get.
 */
@Primary
@Component
class MeteredLiveEvents implements LiveEvents {

    private final LiveEvents delegate;
    private final MeterRegistry registry;

    MeteredLiveEvents(PostgresLiveEvents delegate, MeterRegistry registry) {
        this.delegate = delegate;
        this.registry = registry;
        delegate.subscribe(event -> counter("portal.live.events.received", event).increment());
    }

    @Override
    public void publish(LiveEvent event) {
        delegate.publish(event);
        Counter sent = counter("portal.live.events.sent", event);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sent.increment();
                }
            });
        } else {
            sent.increment();
        }
    }

    @Override
    public Subscription subscribe(Consumer<LiveEvent> subscriber) {
        return delegate.subscribe(subscriber);
    }

    private Counter counter(String name, LiveEvent event) {
        return Counter.builder(name).tag("kind", event.getClass().getSimpleName())
                .description("Live events (LISTEN/NOTIFY) by kind").register(registry);
    }
}
