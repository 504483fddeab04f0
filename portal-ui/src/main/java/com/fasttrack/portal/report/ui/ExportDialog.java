package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.operations.ExportMetrics;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an export in the background with a progress bar and a Cancel button; when the file is ready it offers the
 * download. The UI polls while the export runs, so no server push is needed. The file lives only as long as this
 * dialog: it is deleted after its download, when the dialog closes or detaches, and when the export fails.
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
    private @Nullable Future<?> running;
    private @Nullable ExportFile file;
    private @Nullable Anchor download;
    private @Nullable DownloadHandler handler;

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
        // Esc closes the dialog on the client: the file goes with it
        addOpenedChangeListener(change -> {
            if (!change.isOpened()) {
                giveUp();
            }
        });
        add(status, progress);
        getFooter().add(cancel);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (running == null && file == null) {
            start(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        giveUp(); // the tab closed or the user navigated away
        super.onDetach(event);
    }

    private void start(UI ui) {
        ExportFile created;
        try {
            created = ExportFile.create();
        } catch (IOException e) {
            log.error("Export {} could not create its file", fileName, e);
            status.setText("The export could not start. Please try again.");
            return;
        }
        file = created;
        try {
            running = executor.submit(() -> write(ui, created));
        } catch (DomainException refused) {
            created.delete();
            refused(refused.getMessage());
            return;
        }
        ui.setPollInterval(400);
    }

    private void write(UI ui, ExportFile target) {
        ExportMetrics.Running timing = executor.metrics().start(fileName);
        try (OutputStream out = target.open()) {
            task.run(out, fraction -> ui.access(() -> progress.setValue(Math.max(0, Math.min(1, fraction)))),
                    cancelled::get);
        } catch (Exception e) {
            target.delete();
            if (cancelled.get()) {
                timing.cancelled();
                return; // the user left: nothing to report, and the UI may be gone
            }
            timing.failed();
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Export {} failed ({})", fileName, reference, e);
            ui.access(() -> failed(reference));
            return;
        }
        if (cancelled.get()) {
            timing.cancelled();
            target.delete(); // given up while the last bytes were written
            return;
        }
        timing.succeeded();
        ui.access(() -> ready(ui, target));
    }

    private void ready(UI ui, ExportFile target) {
        ui.setPollInterval(-1);
        if (cancelled.get()) {
            target.delete();
            return;
        }
        progress.setValue(1);
        status.setText("Ready: " + fileName);
        handler = target.download(fileName, () -> {
            try {
                ui.access(this::downloaded);
            } catch (UIDetachedException gone) {
                // the tab closed while the file was downloading: nothing left to update
            }
        });
        download = new Anchor(handler, "Download " + fileName);
        download.getElement().setAttribute("download", true);
        download.setId("export-download");
        add(download);
        cancel.setText("Close");
    }

    private void downloaded() {
        if (download != null) {
            remove(download);
            download = null;
        }
        status.setText("Downloaded: " + fileName + ". The portal keeps no copy; export again for a new one.");
    }

    private void failed(String reference) {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        status.setText("The export failed. Please try again; if it keeps happening, quote reference " + reference
                + " to support.");
        cancel.setText("Close");
    }

    private void refused(String message) {
        status.setText(message);
        progress.setVisible(false);
        cancel.setText("Close");
    }

    void cancel() {
        giveUp();
        close();
    }

    /** Stops the export if it still runs and deletes its file; safe to call any number of times. */
    private void giveUp() {
        cancelled.set(true);
        if (running != null && !running.isDone()) {
            running.cancel(true);
        }
        if (file != null) {
            file.delete();
        }
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    /** For tests: the background export, to wait for; none when it was refused. */
    @Nullable Future<?> running() {
        return running;
    }

    /** For tests: the export's file on the server. */
    @Nullable ExportFile file() {
        return file;
    }

    /** For tests: what the ready dialog's download link serves. */
    @Nullable DownloadHandler downloadHandler() {
        return handler;
    }

    boolean isCancelled() {
        return cancelled.get();
    }
}
