package com.fasttrack.portal.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The port to the failure counters of sign-in and bearer tokens, shared by every instance of the portal. */
public interface Throttles {

    Optional<Throttle> find(ThrottleKey key);

    /**
     * Changes one counter under a lock that holds across instances (a fresh counter if it has none yet) and stores
     * the result, which it returns.
     */
    Throttle update(ThrottleKey key, UnaryOperator<Throttle> change);

    /** Forgets one counter (a success resets it). */
    void clear(ThrottleKey key);

    /** Forgets the counters of an account for every address; returns how many were locked at {@code now}. */
    int clearAccount(String account, Instant now);

    /** Those of these accounts (lower-cased e-mails) locked from some address at {@code now}. */
    Set<String> lockedAccounts(Collection<String> accounts, Instant now);
}
