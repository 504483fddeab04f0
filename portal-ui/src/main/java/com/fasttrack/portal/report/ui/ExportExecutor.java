package com.fasttrack.portal.report.ui;

import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs exports off the UI thread, two at a time, as the user who started them: the scoped services see the same
 * security context as on screen, so an export can never see more than its screen.
 */
@Component
public class ExportExecutor {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "export");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService secured = new DelegatingSecurityContextExecutorService(pool);

    public Future<?> submit(Runnable work) {
        return secured.submit(work);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
