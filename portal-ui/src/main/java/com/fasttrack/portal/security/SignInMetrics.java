package com.fasttrack.portal.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code portal.sign-ins}: sign-ins with the password form by outcome (success, failure) and, for failures, the
 * reason the security log records ({@link SignInFailure}): a rise of wrong passwords or locked pairs shows guessing.
 * Hears the security events the sign-in publishes, so the sign-in code knows nothing of metrics. Every series is
 * there from the start at 0, so a rate can be drawn before the first failure.
 */
@Component
class SignInMetrics {

    private final Counter succeeded;
    private final Map<String, Counter> failedByReason;
    private final Counter failedOtherwise;

    SignInMetrics(MeterRegistry registry) {
        succeeded = counter(registry, "success", "none");
        failedByReason = Arrays.stream(SignInFailure.values()).collect(Collectors.toMap(SignInFailure::reason,
                failure -> counter(registry, "failure", failure.name().toLowerCase(Locale.ROOT))));
        failedOtherwise = counter(registry, "failure", "other");
    }

    private static Counter counter(MeterRegistry registry, String outcome, String reason) {
        return Counter.builder("portal.sign-ins").tag("outcome", outcome).tag("reason", reason)
                .description("Sign-ins with e-mail and password, by outcome").register(registry);
    }

    @EventListener
    void on(SecurityEvent event) {
        switch (event.kind()) {
            case SIGN_IN_SUCCEEDED -> succeeded.increment();
            case SIGN_IN_FAILED -> failedByReason.getOrDefault(event.detail(), failedOtherwise).increment();
            default -> {
                // other security events are no sign-ins
            }
        }
    }
}
