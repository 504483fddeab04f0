package com.fasttrack.portal.activity;

/**
 * An entry was appended to an engagement's history, in the transaction of the change it records; the live updates
 * announce it from this (decision 011: the history is the one source of live events).
 */
public record ActivityRecorded(ActivityEntry entry) {
}
