package com.fasttrack.portal.report.api;

import com.fasttrack.portal.operations.ExportMetrics;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A report as a download: streamed to the client, named, and timed by the export metrics (failed or succeeded). */
final class StreamedFile {

    private StreamedFile() {
    }

    static ResponseEntity<StreamingResponseBody> attachment(ExportMetrics metrics, String name, MediaType type,
                                                           StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(out -> {
                    ExportMetrics.Running timing = metrics.start(name);
                    try {
                        body.writeTo(out);
                    } catch (IOException | RuntimeException failed) {
                        timing.failed();
                        throw failed;
                    }
                    timing.succeeded();
                });
    }
}
