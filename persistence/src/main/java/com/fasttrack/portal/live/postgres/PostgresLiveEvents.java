package com.fasttrack.portal.live.postgres;

import com.fasttrack.portal.live.LiveEvent;
import com.fasttrack.portal.live.LiveEventCodec;
import com.fasttrack.portal.live.LiveEvents;

import org.jspecify.annotations.Nullable;
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
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Change events between instances through PostgreSQL: {@code pg_notify} inside the writing transaction (so an
 * event goes out exactly when the change commits), and one dedicated connection per instance that {@code LISTEN}s
 * and hands every event to the local subscribers. No broker, nothing but the database all instances already share.
 * The listening connection comes back by itself after a database restart (retried after 1, 2, 4 ... at most
 * {@link #MAX_RETRY} seconds, and checked every few seconds while quiet, so a connection cut without a word is
 * noticed too); events sent while it was away are lost, which costs a viewer a live refresh, never data.
 * {@link #isListening()} feeds the readiness probe.
 */
@Component
public class PostgresLiveEvents implements LiveEvents, SmartLifecycle {

    static final String CHANNEL = "portal_live";
    private static final Logger log = LoggerFactory.getLogger(PostgresLiveEvents.class);
    private static final int POLL_MILLIS = 250;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration MAX_RETRY = Duration.ofSeconds(8);
    /** A quiet connection is asked whether it is still there this often. */
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    private static final int CHECK_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final List<Consumer<LiveEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Object pause = new Object();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @Nullable String lastFailure;
    private volatile int backendPid;
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

    /** Why the LISTEN connection was last lost or could not be opened, if it ever was. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** The server process of the LISTEN connection, for a test that cuts it. */
    int backendPid() {
        return backendPid;
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
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                backendPid = postgres.getBackendPID();
                if (lastFailure != null) {
                    log.info("Live events: listening again on channel {}", CHANNEL);
                }
                listening = true;
                retry = FIRST_RETRY;
                log.debug("Listening for live events on channel {}", CHANNEL);
                receive(connection, postgres);
            } catch (SQLException | RuntimeException lost) {
                boolean wasListening = listening;
                listening = false;
                lastFailure = lost.getMessage();
                if (running) {
                    if (wasListening) {
                        log.warn("Live events: listening connection lost ({}); reconnecting", lost.getMessage());
                    } else {
                        log.debug("Live events: still no listening connection ({}); next try in {}",
                                lost.getMessage(), retry);
                    }
                    pauseBeforeRetry(retry);
                    retry = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
                }
            }
        }
        listening = false;
    }

    private void receive(Connection connection, PGConnection postgres) throws SQLException {
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : notifications) {
                    dispatch(notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > CHECK_EVERY.toNanos()) {
                // a server gone without closing the socket would otherwise look like a quiet channel for ever
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection no longer answers");
                }
                quietSince = System.nanoTime();
            }
        }
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

    private void pauseBeforeRetry(Duration retry) {
        synchronized (pause) {
            try {
                pause.wait(retry.toMillis());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }
}
