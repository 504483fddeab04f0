package com.fasttrack.portal.report.ui;

import com.vaadin.flow.server.streams.DownloadHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One export's file on the server: readable by the portal's own account only from the moment it exists (it holds a
 * customer's report), handed out by one download and deleted after it, or as soon as the export is given up.
 */
final class ExportFile {

    private static final Logger log = LoggerFactory.getLogger(ExportFile.class);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path path;
    private final AtomicBoolean downloaded = new AtomicBoolean();

    private ExportFile(Path path) {
        this.path = path;
    }

    static ExportFile create() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new ExportFile(Files.createTempFile("portal-export-", ".tmp", OWNER_ONLY));
        }
        Path path = Files.createTempFile("portal-export-", ".tmp"); // not POSIX: the default ACL of the temp folder
        return new ExportFile(path);
    }

    /** Writes the file; once it has been deleted, fails instead of creating it again. */
    OutputStream open() throws IOException {
        return Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    Path path() {
        return path;
    }

    /** Idempotent: every way out of an export calls it. */
    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Export file {} could not be deleted", path, e);
        }
    }

    /**
     * Streams the file once under the user's file name and deletes it, whether the transfer completed or broke off;
     * then runs {@code afterwards} (off the UI thread: use {@code ui.access}). A second request finds nothing.
     */
    DownloadHandler download(String fileName, Runnable afterwards) {
        return event -> {
            if (!downloaded.compareAndSet(false, true)) {
                event.getResponse().setStatus(404);
                return;
            }
            try (InputStream in = Files.newInputStream(path)) {
                event.setFileName(fileName);
                String type = event.getSession().getService().getMimeType(fileName);
                event.setContentType(type == null ? "application/octet-stream" : type);
                event.setContentLength(Files.size(path));
                in.transferTo(event.getOutputStream());
            } finally {
                delete();
                afterwards.run();
            }
        };
    }
}
