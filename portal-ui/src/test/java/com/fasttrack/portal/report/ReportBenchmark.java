package com.fasttrack.portal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Not a test: measures the writers on an engagement with 2,000 check-ins and 1,000 blockers and a portfolio of
 * 10,000 engagements. Run it with the command in the README ("Benchmarks"); it is never part of {@code verify}.
 * For each output it reports the wall time of a cold run (first use: class loading, font parsing) and the best of
 * the warm runs (with the CPU time of that run: on a busy machine wall time says more about the neighbours), and
 * the peak heap growth over the heap in use before the run: sampled every millisecond (this
 * includes garbage not yet collected) and the pools' own peak figures, which the JVM tracks between GCs.
 */
public final class ReportBenchmark {

    private static final Logger LOG = Logger.getLogger(ReportBenchmark.class.getName());
    private static final int CHECK_INS = 2_000;
    private static final int BLOCKERS = 1_000;
    private static final int ENGAGEMENTS = 10_000;
    private static final int WARM_RUNS = 3;
    private static final long MB = 1024 * 1024;

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        EngagementReport engagement = ReportFixtures.report(Audience.INTERNAL, ReportFixtures.TITLE, CHECK_INS,
                BLOCKERS);
        PortfolioReport portfolio = ReportFixtures.portfolio(ENGAGEMENTS);
        PdfReportWriter pdf = new PdfReportWriter();
        XlsxReportWriter xlsx = new XlsxReportWriter();
        CsvReportWriter csv = new CsvReportWriter();
        Path dir = Files.createTempDirectory("report-benchmark");

        List<Result> results = new ArrayList<>();
        results.add(measure("engagement PDF", dir.resolve("engagement.pdf"), engagement, pdf::write, 2_000));
        results.add(measure("engagement XLSX", dir.resolve("engagement.xlsx"), engagement, xlsx::writeEngagement,
                0));
        results.add(measure("engagement CSV (check-ins + blockers)", dir.resolve("engagement.csv"), engagement,
                (report, out) -> {
                    csv.writeCheckIns(report, out);
                    csv.writeBlockers(report, out);
                }, 0));
        results.add(measure("portfolio XLSX", dir.resolve("portfolio.xlsx"), portfolio, xlsx::writePortfolio, 3_000));
        results.add(measure("portfolio CSV", dir.resolve("portfolio.csv"), portfolio, csv::writePortfolio, 0));

        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%nReport benchmark: %d check-ins, %d blockers, %d portfolio rows; JVM %s, max heap %d MB, %d CPUs,"
                        + " load average %.1f%n", CHECK_INS, BLOCKERS, ENGAGEMENTS, Runtime.version(),
                Runtime.getRuntime().maxMemory() / MB, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        table.append(String.format(Locale.ROOT, "%-38s %8s %9s %8s %8s %8s %8s %8s %8s %s%n", "output", "cold ms",
                "cold MB+", "warm ms", "warm cpu", "heap MB+", "pool MB+", "live MB+", "size KB", "target"));
        boolean allMet = true;
        for (Result r : results) {
            table.append(r.line());
            allMet &= r.met();
        }
        table.append("Heap growth over the heap in use before a run: cold = first run (class loading, one-time caches)"
                + "; heap = sampled peak of the warm runs, garbage included; pool = the pools' own peaks; live = most"
                + " heap still in use after a GC during a warm run (\"no GC\" when none ran).")
                .append(System.lineSeparator());
        table.append(allMet ? "All targets met (time target on warm runs; live heap growth < 100 MB)."
                : "TARGET MISSED: see the lines marked MISSED.").append(System.lineSeparator());
        table.append("Files in ").append(dir);
        LOG.info(table::toString);
    }

    private static <T> Result measure(String name, Path file, T model, BiConsumer<T, OutputStream> writer,
                                      long targetMillis) throws IOException {
        Run cold = run(file, model, writer);
        Run best = null;
        // class loading and one-time caches (fonts, POI's schema types) land in the cold run: kept apart
        long worstHeap = 0;
        long worstPool = 0;
        long worstLive = -1;
        for (int i = 0; i < WARM_RUNS; i++) {
            Run warm = run(file, model, writer);
            best = best == null || warm.millis() < best.millis() ? warm : best;
            worstHeap = Math.max(worstHeap, warm.heapGrowth());
            worstPool = Math.max(worstPool, warm.poolGrowth());
            worstLive = Math.max(worstLive, warm.liveGrowth());
        }
        return new Result(name, cold.millis(), cold.heapGrowth(), best.millis(), best.cpuMillis(), worstHeap,
                worstPool, worstLive, Files.size(file), targetMillis);
    }

    private static <T> Run run(Path file, T model, BiConsumer<T, OutputStream> writer) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong(before);
        AtomicLong liveAfterGc = new AtomicLong(-1);
        NotificationListener gcListener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.stream().anyMatch(heap -> heap.getName().equals(pool.getKey())))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                liveAfterGc.accumulateAndGet(after, Math::max);
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(gcListener, null, null));
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        });
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.accept(model, out);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long cpuMillis = TimeUnit.NANOSECONDS.toMillis(
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(gcListener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        long poolPeak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long live = liveAfterGc.get() < 0 ? -1 : Math.max(0, liveAfterGc.get() - before);
        return new Run(millis, cpuMillis, Math.max(0, peak.get() - before), Math.max(0, poolPeak - before), live);
    }

    /** Live growth is the most heap left in use after a collection during the run; -1 when none ran. */
    private record Run(long millis, long cpuMillis, long heapGrowth, long poolGrowth, long liveGrowth) {
    }

    private record Result(String name, long coldMillis, long coldHeapGrowth, long warmMillis, long warmCpuMillis, long heapGrowth,
                          long poolGrowth, long liveGrowth, long bytes, long targetMillis) {

        /** Heap growth counts what stays live (after GC); without a GC in the run, the sampled peak counts. */
        boolean met() {
            long growth = liveGrowth >= 0 ? liveGrowth : heapGrowth;
            return (targetMillis == 0 || warmMillis < targetMillis) && growth < 100 * MB;
        }

        String line() {
            String target = targetMillis == 0 ? "heap < 100 MB" : "< " + targetMillis + " ms, heap < 100 MB";
            String live = liveGrowth < 0 ? "no GC" : String.format(Locale.ROOT, "%.1f", liveGrowth / (double) MB);
            return String.format(Locale.ROOT, "%-38s %8d %9.1f %8d %8d %8.1f %8.1f %8s %8d %s%s%n", name, coldMillis,
                    coldHeapGrowth / (double) MB, warmMillis, warmCpuMillis, heapGrowth / (double) MB, poolGrowth / (double) MB, live,
                    bytes / 1024, target,
                    met() ? "" : "  MISSED");
        }
    }
}
