package com.fasttrack.portal.report.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an export in the background with a progress bar and a Cancel button; when the file is ready it offers the
 * download. The UI polls while the export runs, so no server push is needed.
 */
public final class ExportDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ExportDialog.class);

    final ProgressBar progress = new ProgressBar(0, 1);
    final Paragraph status = new Paragraph("Preparing…");
    final Button cancel = new Button("Cancel");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final String fileName;
    private final ExportTask task;
    private final ExportExecutor executor;
    private Future<?> running;
    private File file;

    public ExportDialog(String title, String fileName, ExportTask task, ExportExecutor executor) {
        this.fileName = fileName;
        this.task = task;
        this.executor = executor;
        setHeaderTitle(title);
        setWidth("28rem");
        setCloseOnOutsideClick(false);
        progress.setId("export-progress");
        status.setId("export-status");
        cancel.setId("export-cancel");
        cancel.addClickListener(click -> cancel());
        add(status, progress);
        getFooter().add(cancel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (running == null) {
            start(event.getUI());
        }
    }

    private void start(UI ui) {
        try {
            file = File.createTempFile("export-" + UUID.randomUUID(), ".tmp");
            file.deleteOnExit();
        } catch (IOException e) {
            status.setText("The export could not start. Please try again.");
            return;
        }
        ui.setPollInterval(400);
        running = executor.submit(() -> {
            try (OutputStream out = Files.newOutputStream(file.toPath())) {
                task.run(out, fraction -> ui.access(() -> progress.setValue(Math.max(0, Math.min(1, fraction)))),
                        cancelled::get);
                ui.access(this::ready);
            } catch (Exception e) {
                if (cancelled.get()) {
                    return; // the user left: nothing to report, and the UI may be gone
                }
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Export {} failed ({})", fileName, reference, e);
                ui.access(() -> failed(reference));
            }
        });
    }

    private void ready() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (cancelled.get()) {
            return;
        }
        progress.setValue(1);
        status.setText("Ready: " + fileName);
        Anchor download = new Anchor(DownloadHandler.forFile(file, fileName), "Download " + fileName);
        download.getElement().setAttribute("download", true);
        download.setId("export-download");
        add(download);
        cancel.setText("Close");
    }

    private void failed(String reference) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        status.setText("The export failed. Please try again; if it keeps happening, quote reference " + reference
                + " to support.");
    }

    void cancel() {
        cancelled.set(true);
        if (running != null && !running.isDone()) {
            running.cancel(true);
        }
        if (file != null) {
            file.delete();
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        close();
    }

    /** For tests: wait until the background export has finished. */
    Future<?> running() {
        return running;
    }

    boolean isCancelled() {
        return cancelled.get();
    }
}
