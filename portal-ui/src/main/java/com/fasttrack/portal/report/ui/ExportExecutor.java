package com.fasttrack.portal.report.ui;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
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
    /** Runs the work with the security context of the caller (captured now, on the UI thread). */
    public Future<?> submit(Runnable work) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        return pool.submit(() -> {
            SecurityContext worker = SecurityContextHolder.createEmptyContext();
            worker.setAuthentication(authentication);
            SecurityContextHolder.setContext(worker);
            try {
                work.run();
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
