package com.fasttrack.portal.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The portal's used heap (garbage included) sampled every 100 ms by {@code jstat -gc} while a download runs: the
 * peak over the first sample says how much heap the work takes, which for a streamed export should stay flat
 * whatever the data size.
 */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private final AtomicLong first = new AtomicLong(-1);
    private final AtomicLong peak = new AtomicLong(-1);
    private final CountDownLatch sampled = new CountDownLatch(1);

    private HeapSampler(Process jstat) {
        this.jstat = jstat;
        this.reader = Thread.ofVirtual().start(this::read);
    }

    static HeapSampler start(long pid) throws IOException, InterruptedException {
        HeapSampler sampler = new HeapSampler(new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", String.valueOf(pid), "100")
                .redirectErrorStream(true).start());
        if (!sampler.sampled.await(10, TimeUnit.SECONDS)) {
            sampler.close();
            throw new IOException("jstat gave no sample within 10 s");
        }
        return sampler;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            String[] header = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 0 && f[0].equals("S0C")) {
                    header = f;
                    continue;
                }
                if (header == null || f.length != header.length) {
                    continue;
                }
                double usedKb = 0;
                for (int i = 0; i < header.length; i++) {
                    if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU")
                            || header[i].equals("OU")) {
                        usedKb += Double.parseDouble(f[i]);
                    }
                }
                long used = (long) usedKb;
                first.compareAndSet(-1, used);
                peak.accumulateAndGet(used, Math::max);
                sampled.countDown();
            }
        } catch (IOException | NumberFormatException ended) {
            // jstat stopped: the samples so far stand
        }
    }

    /** The highest used heap seen over the first sample, in MB. */
    double peakGrowthMegabytes() {
        return Math.max(0, peak.get() - first.get()) / 1024.0;
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }
}
