package com.fasttrack.portal.shared;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Lets a daily job run once per day however many instances of the portal run: a claim holds a lease, and a claim
 * whose lease ran out before it was completed (its instance died or lost the database) is taken over.
 */
public interface JobRuns {

    /**
     * True for the one caller that gets to run the job's day: the first to claim it, or one taking over a claim whose
     * lease ran out ({@code now} past it) before it was completed. The claim is the caller's until {@code leaseUntil}.
     */
    boolean claim(String job, LocalDate day, String instance, Instant now, Instant leaseUntil);

    /** Like {@link #claim} but only takes over an existing claim that ran out unfinished; never starts a new day. */
    boolean takeOver(String job, LocalDate day, String instance, Instant now, Instant leaseUntil);

    /** Extends the caller's lease; false when the claim is no longer the caller's (another instance took it over). */
    boolean renew(String job, LocalDate day, String instance, Instant leaseUntil);

    /** Marks the caller's run of the day done, with how many of its items failed; false when it was not the caller's. */
    boolean complete(String job, LocalDate day, String instance, Instant at, int failures);
}
