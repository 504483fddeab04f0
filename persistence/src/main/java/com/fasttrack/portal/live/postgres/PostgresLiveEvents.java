package com.fasttrack.portal.live.postgres;

import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEventCodec;
import com.fasttrack.portal.live.LiveEvents;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Change events between instances through PostgreSQL: {@code pg_notify} inside the writing transaction (so an
 * event goes out exactly when the change commits), and one dedicated connection per instance that {@code LISTEN}s
 * and hands every event to the local subscribers. No broker, nothing but the database all instances already share.
 * The listening connection comes back by itself after a database restart; events sent while it was away are lost,
 * which costs a viewer a live refresh, never data.
 */
@Component
public class PostgresLiveEvents implements LiveEvents, SmartLifecycle {

    static final String CHANNEL = "portal_live";
    private static final Logger log = LoggerFactory.getLogger(PostgresLiveEvents.class);
    private static final int POLL_MILLIS = 250;
    private static final long RETRY_MILLIS = 1000;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final List<Consumer<LiveEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Object pause = new Object();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    PostgresLiveEvents(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public void publish(LiveEvent event) {
        String payload = LiveEventCodec.encode(event);
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, payload);
    }

    @Override
    public Subscription subscribe(Consumer<LiveEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Whether this instance receives events right now (its LISTEN connection is up). */
    public boolean isListening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("portal-live-events").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        synchronized (pause) {
            pause.notifyAll();
        }
        if (listener != null) {
            try {
                listener.join(POLL_MILLIS * 8L);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        listening = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                listening = true;
                log.debug("Listening for live events on channel {}", CHANNEL);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                listening = false;
                if (running) {
                    log.warn("Live events: listening connection lost ({}); reconnecting", lost.getMessage());
                    pauseBeforeRetry();
                }
            }
        }
        listening = false;
    }

    private void dispatch(String payload) {
        LiveEventCodec.decode(payload).ifPresentOrElse(event -> {
            for (Consumer<LiveEvent> subscriber : subscribers) {
                try {
                    subscriber.accept(event);
                } catch (RuntimeException failed) {
                    log.warn("Live event subscriber failed", failed);
                }
            }
        }, () -> log.debug("Ignoring unreadable live event payload"));
    }

    private void pauseBeforeRetry() {
        synchronized (pause) {
            try {
                pause.wait(RETRY_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
