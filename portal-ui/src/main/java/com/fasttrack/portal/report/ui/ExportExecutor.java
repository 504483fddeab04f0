package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.operations.ExportMetrics;
import com.fasttrack.portal.shared.DomainException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs exports off the UI thread, as the user who started them: the scoped services see the same security context
 * as on screen, so an export can never see more than its screen. Exports are heavy (a whole engagement in memory),
 * so a few threads run them, a short queue waits, and each user has at most one running or waiting; beyond that an
 * export is refused with a message rather than queued without bound (on this instance: each instance counts its own).
 */
@Component
public class ExportExecutor {

    static final String BUSY = "The portal is busy, try again in a minute";
    static final String ALREADY_RUNNING = "Your previous export is still running: wait for it to finish or cancel it,"
            + " then export again";

    private final ThreadPoolExecutor pool;
    /** This application's strategy (the one method security reads), not whatever the static holder holds now. */
    private final SecurityContextHolderStrategy strategy;
    private final ExportMetrics metrics;
    /** The users with an export running or waiting, by sign-in name. */
    private final Set<String> owners = ConcurrentHashMap.newKeySet();

    @Autowired
    public ExportExecutor(SecurityContextHolderStrategy strategy, ExportMetrics metrics) {
        this(2, 8, strategy, metrics);
    }

    ExportExecutor(int threads, int waiting, SecurityContextHolderStrategy strategy) {
        this(threads, waiting, strategy, ExportMetrics.unobserved());
    }

    private ExportExecutor(int threads, int waiting, SecurityContextHolderStrategy strategy, ExportMetrics metrics) {
        this.strategy = strategy;
        this.metrics = metrics;
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(waiting),
                runnable -> {
                    Thread thread = new Thread(runnable, "export");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs the work with the security context of the caller (captured now, on the UI thread).
     *
     * @throws DomainException when the caller already has an export running or waiting, or the queue is full
     */
    public Future<?> submit(Runnable work) {
        SecurityContext context = strategy.getContext();
        Authentication authentication = context.getAuthentication();
        String owner = authentication == null ? "" : authentication.getName();
        if (!owners.add(owner)) {
            throw new DomainException(ALREADY_RUNNING);
        }
        FutureTask<Void> task = new FutureTask<>(() -> {
            SecurityContext worker = strategy.createEmptyContext();
            worker.setAuthentication(authentication);
            // method security and CurrentUser both read this application's strategy
            strategy.setContext(worker);
            try {
                work.run();
            } finally {
                strategy.clearContext();
            }
        }, null) {
            @Override
            protected void done() {
                // finished, failed or cancelled (even while still waiting): the user may export again
                owners.remove(owner);
            }

            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                pool.remove(this); // a cancelled export gives its place in the queue back at once
                return cancelled;
            }
        };
        try {
            pool.execute(task);
        } catch (RejectedExecutionException full) {
            owners.remove(owner);
            throw new DomainException(BUSY);
        }
        return task;
    }

    /** Where the exports it runs record how long they took. */
    ExportMetrics metrics() {
        return metrics;
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
