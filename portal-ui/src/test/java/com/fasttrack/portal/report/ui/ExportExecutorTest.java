package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** A few threads, a short queue, one export per user: beyond that an export is refused, never queued unbounded. */
class ExportExecutorTest {

    /** One thread and one place in the queue. */
    /** A strategy of its own, as the application's bean is (the static holder's may be any context's). */
    private final SecurityContextHolderStrategy strategy = new VaadinAwareSecurityContextHolderStrategy();
    private final ExportExecutor executor = new ExportExecutor(1, 1, strategy);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.stop();
        strategy.clearContext();
    }

    private void as(String user) {
        strategy.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, List.of()));
    }

    private Runnable blocking() {
        return () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException cancelled) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Test
    void theExportRunsAsTheUserWhoStartedIt() throws Exception {
        as("ann@example.com");
        AtomicReference<String> seen = new AtomicReference<>();
        executor.submit(() -> seen.set(strategy.getContext().getAuthentication().getName()))
                .get(30, TimeUnit.SECONDS);
        assertThat(seen).hasValue("ann@example.com");
    }

    @Test
    void aSecondExportOfTheSameUserIsRefusedUntilTheFirstEnds() throws Exception {
        as("ann@example.com");
        Future<?> first = executor.submit(blocking());

        assertThatThrownBy(() -> executor.submit(() -> { }))
                .isInstanceOf(DomainException.class).hasMessage(ExportExecutor.ALREADY_RUNNING);

        release.countDown();
        first.get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> executor.submit(() -> { }).get(30, TimeUnit.SECONDS) == null);
    }

    @Test
    void aFullQueueRefusesWithTheBusyMessageAndACancelledWaiterGivesItsPlaceBack() throws Exception {
        as("ann@example.com");
        executor.submit(blocking());
        as("bob@example.com");
        Future<?> waiting = executor.submit(() -> { });

        as("cy@example.com");
        assertThatThrownBy(() -> executor.submit(() -> { }))
                .isInstanceOf(DomainException.class).hasMessage("The portal is busy, try again in a minute");

        waiting.cancel(true);
        Future<?> nowWaiting = executor.submit(() -> { });
        as("bob@example.com");
        assertThatThrownBy(() -> executor.submit(() -> { })).as("the queue holds cy's export now")
                .isInstanceOf(DomainException.class).hasMessage(ExportExecutor.BUSY);

        release.countDown();
        nowWaiting.get(30, TimeUnit.SECONDS);
    }
}
