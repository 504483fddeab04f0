package com.fasttrack.portal.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The portal's live heap after a full GC, from {@code jcmd <pid> GC.class_histogram} (which collects first): its
 * total bytes, and how many Vaadin UIs and Vaadin sessions it holds.
 */
record Heap(long bytes, long uis, long sessions) {

    static Heap of(long pid) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(2, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IOException("jcmd failed: " + out);
        }
        long bytes = 0;
        long uis = 0;
        long sessions = 0;
        for (String line : out.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].equals("Total")) {
                bytes = Long.parseLong(f[2]);
            } else if (f.length >= 4 && f[0].endsWith(":")) {
                String type = f[3];
                if (type.equals("com.vaadin.flow.component.UI")) {
                    uis += Long.parseLong(f[1]);
                } else if (type.equals("com.vaadin.flow.server.VaadinSession")
                        || type.equals("com.vaadin.flow.spring.SpringVaadinSession")) {
                    sessions += Long.parseLong(f[1]);
                }
            }
        }
        return new Heap(bytes, uis, sessions);
    }
}
