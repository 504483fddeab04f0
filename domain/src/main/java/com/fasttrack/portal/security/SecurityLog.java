package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.PageRequest;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** The port to the append-only security audit log: entries are added and read, never changed. */
public interface SecurityLog {

    void append(SecurityEvent event);

    /** One page of the entries matching the filter, newest first. */
    List<Entry> search(Filter filter, PageRequest page);

    long count(Filter filter);

    /**
     * What the log is filtered by: {@code person} is e-mail text of the account concerned or of the actor; the
     * moments are a half-open range {@code [from, to)}; an absent part filters nothing.
     */
    record Filter(@Nullable String person, @Nullable SecurityEventKind kind, @Nullable Instant from,
                  @Nullable Instant to) {

        public static Filter none() {
            return new Filter(null, null, null, null);
        }
    }

    /** One stored entry: its place in the log, the event, and the actor's e-mail for display. */
    record Entry(long id, SecurityEvent event, @Nullable String actorEmail) {
    }
}
