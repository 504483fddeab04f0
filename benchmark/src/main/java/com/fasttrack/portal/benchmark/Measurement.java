package com.fasttrack.portal.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one navigation cost the server: the sum of Tomcat's time taken over every request of the new page (its HTML,
 * init, UIDL and push requests), the same including the requests that closed the page before it (its unload
 * beacon and push close), the bytes sent and requests of the new page, and the SQL statements the portal's
 * connections ran meanwhile (transaction control left out).
 */
record Measurement(double serverMillis, double withLeavingMillis, long bytes, int requests, int statements) {

    private static final Pattern UI_ID = Pattern.compile("v-uiId=(\\d+)");

    private static final Pattern TRANSACTION_CONTROL = Pattern.compile(
            "(?i)^$|^(begin|commit|rollback|set |show |select 1$|listen |unlisten ).*");

    /** Reads what the two logs grew by since their marks, once both have been quiet for a moment. */
    static Measurement since(LogTail access, long accessMark, LogTail statements, long statementMark) {
        awaitQuiet(access, statements);
        List<String[]> lines = new ArrayList<>();
        int newestUi = -1;
        for (String line : access.since(accessMark)) {
            String[] fields = line.split(" ", 4);
            if (fields.length < 4) {
                continue;
            }
            lines.add(fields);
            newestUi = Math.max(newestUi, ui(fields[3]));
        }
        double micros = 0;
        double ownMicros = 0;
        long bytes = 0;
        int requests = 0;
        for (String[] fields : lines) {
            long taken = Long.parseLong(fields[0]);
            micros += taken;
            int ui = ui(fields[3]);
            // the previous page's unload beacon and push close belong to leaving it, not to this page
            if (ui < 0 || ui == newestUi) {
                ownMicros += taken;
                bytes += fields[1].equals("-") ? 0 : Long.parseLong(fields[1]);
                requests++;
            }
        }
        int counted = 0;
        for (String line : statements.since(statementMark)) {
            if (!line.startsWith(Portal.APPLICATION_NAME)) {
                continue;
            }
            int at = line.indexOf("LOG:  statement: ");
            int length = "LOG:  statement: ".length();
            if (at < 0) {
                at = line.indexOf("LOG:  execute ");
                int colon = at < 0 ? -1 : line.indexOf(": ", at + "LOG:  execute ".length());
                length = colon < 0 ? 0 : colon + 2 - at;
            }
            if (at >= 0 && length > 0 && !TRANSACTION_CONTROL.matcher(line.substring(at + length).strip()).matches()) {
                counted++;
            }
        }
        return new Measurement(ownMicros / 1000.0, micros / 1000.0, bytes, requests, counted);
    }

    /** Until neither log has grown for 400 ms (at most 15 s): the navigation's last request is logged. */
    private static void awaitQuiet(LogTail access, LogTail statements) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        long a = access.mark();
        long s = statements.mark();
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            long a2 = access.mark();
            long s2 = statements.mark();
            if (a2 != a || s2 != s) {
                a = a2;
                s = s2;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > TimeUnit.MILLISECONDS.toNanos(400)) {
                return;
            }
        }
    }

    private static int ui(String request) {
        Matcher matcher = UI_ID.matcher(request);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    /** The p-th percentile (nearest rank) of the values. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
