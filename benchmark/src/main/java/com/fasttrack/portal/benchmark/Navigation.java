package com.fasttrack.portal.benchmark;

import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;

/**
 * One thing a user does that the benchmark measures: a page load of {@code path} as the user {@code email}, or,
 * with an {@code action}, that action on the loaded page (only the action's requests are counted).
 */
record Navigation(String view, String role, String email, String path, @Nullable Consumer<Chromium> action) {

    static Navigation load(String view, String role, String email, String path) {
        return new Navigation(view, role, email, path, null);
    }

    static Navigation then(String view, String role, String email, String path, Consumer<Chromium> action) {
        return new Navigation(view, role, email, path, action);
    }
}
