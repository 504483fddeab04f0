package com.fasttrack.portal.benchmark;

import java.util.Locale;

/**
 * Issue 14's targets (this machine, {@code -Xmx1g}), each written next to its figure with whether the figure meets
 * it: "met" or "MISSED". A view the issue sets no target for says so.
 */
final class Targets {

    private Targets() {
    }

    /** {@code statements}: the median (the most seen also holds whatever ran beside the navigation). */
    static String navigation(String view, double p95, double statements) {
        if (view.startsWith("Engagement list")) {
            return verdict(p95 <= 50 && statements <= 3, "p95 ≤ 50 ms, ≤ 3 statements");
        }
        if (view.startsWith("Long engagement,")) {
            return verdict(p95 <= 80 && statements <= 8, "p95 ≤ 80 ms, ≤ 8 statements");
        }
        if (view.equals("Home")) {
            return verdict(p95 <= 100, "p95 ≤ 100 ms");
        }
        return "(no target in the issue; measured)";
    }

    static String heap(String view, double kilobytesPerSession, double uisPerSession) {
        boolean noLeftovers = uisPerSession <= 1.0;
        if (view.startsWith("Engagement list")) {
            return verdict(kilobytesPerSession <= 150 && noLeftovers, "≤ 150 KB per session, no leftover UIs");
        }
        if (view.startsWith("Long engagement")) {
            return verdict(kilobytesPerSession <= 250 && noLeftovers, "≤ 250 KB per session, no leftover UIs");
        }
        return verdict(noLeftovers, "no leftover UIs (heap: no target)");
    }

    static String export(String view, double p95) {
        if (view.contains("PDF")) {
            return verdict(p95 <= 2000, "≤ 2 s");
        }
        return verdict(p95 <= 3000, "≤ 3 s, flat memory");
    }

    static String startUp(double seconds) {
        return String.format(Locale.ROOT, "%.1f s (target ≤ 8 s: %s)", seconds, seconds <= 8 ? "met" : "**MISSED**");
    }

    private static String verdict(boolean met, String target) {
        return target + ": " + (met ? "met" : "**MISSED**");
    }
}
