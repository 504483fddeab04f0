package com.fasttrack.portal.testing;

import com.fasttrack.portal.security.UserAccount;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work as a signed-in user on a thread of its own: another person acting at the same time. (On a thread with a
 * Vaadin session, Vaadin's security context strategy would keep answering with the session's user.)
 */
@TestComponent
public class UserThreads {

    private final UserDetailsService userDetailsService;
    private final SecurityContextHolderStrategy strategy;

    UserThreads(UserDetailsService userDetailsService, SecurityContextHolderStrategy strategy) {
        this.userDetailsService = userDetailsService;
        this.strategy = strategy;
    }

    /** The work, to submit to a pool, run as this user. */
    public <T> Callable<T> as(UserAccount account, Callable<T> work) {
        UserDetails user = userDetailsService.loadUserByUsername(account.email().value());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return () -> {
            // this context's strategy, which method security and CurrentUser read: with several test contexts in
            // one JVM the static holder's may be another context's
            strategy.setContext(context);
            try {
                return work.call();
            } finally {
                strategy.clearContext();
            }
        };
    }

    /** Runs the work as this user on another thread and waits for it; its exception is rethrown here. */
    public void run(UserAccount account, Runnable work) {
        try (ExecutorService thread = Executors.newSingleThreadExecutor()) {
            thread.submit(as(account, Executors.callable(work))).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException | TimeoutException notDone) {
            throw new IllegalStateException(notDone);
        }
    }
}
