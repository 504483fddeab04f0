package com.fasttrack.portal.report;

import java.io.IOException;
import java.io.OutputStream;
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

/**
 * Not a test: measures the writers on an engagement with 2,000 check-ins and 1,000 blockers and a portfolio of
 * 10,000 engagements. Run it with the command in the README ("Benchmarks"); it is never part of {@code verify}.
 * For each output it reports the wall time of a cold run (first use: class loading, font parsing) and the best of
 * the warm runs, and the peak heap growth over the heap in use before the run: sampled every millisecond (this
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
                "%nReport benchmark: %d check-ins, %d blockers, %d portfolio rows; JVM %s, max heap %d MB%n",
                CHECK_INS, BLOCKERS, ENGAGEMENTS, Runtime.version(), Runtime.getRuntime().maxMemory() / MB));
        table.append(String.format(Locale.ROOT, "%-40s %9s %9s %11s %11s %10s %s%n", "output", "cold ms",
                "warm ms", "heap+ MB", "pool+ MB", "size KB", "target"));
        boolean allMet = true;
        for (Result r : results) {
            table.append(r.line());
            allMet &= r.met();
        }
        table.append(allMet ? "All targets met (time target on warm runs; heap growth < 100 MB)."
                : "TARGET MISSED: see the lines marked MISSED.").append(System.lineSeparator());
        table.append("Files in ").append(dir);
        LOG.info(table::toString);
    }

    private static <T> Result measure(String name, Path file, T model, BiConsumer<T, OutputStream> writer,
                                      long targetMillis) throws IOException {
        Run cold = run(file, model, writer);
        Run best = null;
        long worstHeap = cold.heapGrowth();
        long worstPool = cold.poolGrowth();
        for (int i = 0; i < WARM_RUNS; i++) {
            Run warm = run(file, model, writer);
            best = best == null || warm.millis() < best.millis() ? warm : best;
            worstHeap = Math.max(worstHeap, warm.heapGrowth());
            worstPool = Math.max(worstPool, warm.poolGrowth());
        }
        return new Result(name, cold.millis(), best.millis(), worstHeap, worstPool, Files.size(file), targetMillis);
    }

    private static <T> Run run(Path file, T model, BiConsumer<T, OutputStream> writer) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        memory.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            }
        });
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.accept(model, out);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        running.set(false);
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        long poolPeak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Run(millis, Math.max(0, peak.get() - before), Math.max(0, poolPeak - before));
    }

    private record Run(long millis, long heapGrowth, long poolGrowth) {
    }

    private record Result(String name, long coldMillis, long warmMillis, long heapGrowth, long poolGrowth,
                          long bytes, long targetMillis) {

        boolean met() {
            return (targetMillis == 0 || warmMillis < targetMillis) && heapGrowth < 100 * MB;
        }

        String line() {
            String target = targetMillis == 0 ? "heap < 100 MB" : "< " + targetMillis + " ms, heap < 100 MB";
            return String.format(Locale.ROOT, "%-40s %9d %9d %11.1f %11.1f %10d %s%s%n", name, coldMillis,
                    warmMillis, heapGrowth / (double) MB, poolGrowth / (double) MB, bytes / 1024, target,
                    met() ? "" : "  MISSED");
        }
    }
}
