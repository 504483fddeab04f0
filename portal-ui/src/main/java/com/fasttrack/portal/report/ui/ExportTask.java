package com.fasttrack.portal.report.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** A long export: writes to the stream, reports progress (0–1) and stops early when asked to. */
@FunctionalInterface
public interface ExportTask {

    void run(OutputStream out, DoubleConsumer progress, BooleanSupplier cancelled) throws IOException;
}
