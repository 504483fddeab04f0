package com.fasttrack.portal.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * {@code portal.export.duration}: how long report exports take to write, by format (pdf, xlsx, csv) and outcome
 * (success, failure, cancelled), from the screens and the API alike. Exports are the heaviest work a user can
 * start, so this is where a slow instance shows first.
 */
@Component
public class ExportMetrics {

    private final MeterRegistry registry;

    public ExportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** For code that runs without the application, e.g. a unit test: measures into a registry nobody reads. */
    public static ExportMetrics unobserved() {
        return new ExportMetrics(new SimpleMeterRegistry());
    }

    /** Starts timing an export of the file; stop the returned export with its outcome. */
    public Running start(String fileName) {
        return new Running(format(fileName), Timer.start(registry));
    }

    static String format(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "pdf", "xlsx", "csv" -> extension;
            default -> "other";
        };
    }

    /** One export being written. */
    public final class Running {

        private final String format;
        private final Timer.Sample sample;

        private Running(String format, Timer.Sample sample) {
            this.format = format;
            this.sample = sample;
        }

        public void succeeded() {
            stop("success");
        }

        public void failed() {
            stop("failure");
        }

        public void cancelled() {
            stop("cancelled");
        }

        private void stop(String outcome) {
            sample.stop(Timer.builder("portal.export.duration").tag("format", format).tag("outcome", outcome)
                    .description("Report exports, by format").register(registry));
        }
    }
}
