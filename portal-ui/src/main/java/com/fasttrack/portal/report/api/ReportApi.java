package com.fasttrack.portal.report.api;

import com.fasttrack.portal.InvalidParameterException;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.operations.ExportMetrics;
import com.fasttrack.portal.report.Audience;
import com.fasttrack.portal.report.CsvReportWriter;
import com.fasttrack.portal.report.EngagementReport;
import com.fasttrack.portal.report.PdfReportWriter;
import com.fasttrack.portal.report.ReportTable;
import com.fasttrack.portal.report.XlsxReportWriter;
import com.fasttrack.portal.report.service.ReportService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An engagement's report as a file: the same scoped report the export menu builds. Customers and partners get
 * the shared audience; staff may ask for {@code audience=internal}.
 */
@RestController
@RequestMapping("/api/engagements")
@Tag(name = "Reports", description = "Engagement reports as PDF, XLSX or CSV")
class ReportApi {

    private final ReportService reports;
    private final ExportMetrics metrics;

    ReportApi(ReportService reports, ExportMetrics metrics) {
        this.reports = reports;
        this.metrics = metrics;
    }

    @GetMapping("/{id}/report.{format}")
    @Operation(summary = "The engagement report as pdf, xlsx or csv (csv: table=summary|check-ins|blockers|backlog)")
    ResponseEntity<StreamingResponseBody> report(@PathVariable String id, @PathVariable String format,
                                                 @RequestParam(defaultValue = "shared") String audience,
                                                 @RequestParam(defaultValue = "summary") String table) {
        EngagementId engagement = EngagementId.parse(id)
                .orElseThrow(() -> new InvalidParameterException("id", "must be a UUID"));
        Audience chosen = Arrays.stream(Audience.values()).filter(a -> a.name().equalsIgnoreCase(audience)).findFirst()
                .orElseThrow(() -> new InvalidParameterException("audience", "must be shared or internal"));
        EngagementReport report = reports.engagementReport(engagement, chosen);
        String name = ReportService.fileName(report.title(), reports.today(), format);
        return switch (format) {
            case "pdf" -> file(name, MediaType.APPLICATION_PDF, out -> new PdfReportWriter().write(report, out));
            case "xlsx" -> file(name, MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                    out -> new XlsxReportWriter().writeEngagement(report, out));
            case "csv" -> {
                ReportTable chosenTable = ReportTable.of(report).stream()
                        .filter(t -> t.name().equalsIgnoreCase(table.replace("-", " "))
                                || t.name().replace(" ", "-").equalsIgnoreCase(table))
                        .findFirst().orElseThrow(() -> new InvalidParameterException("table",
                                "must be one of summary, check-ins, blockers, backlog"));
                yield file(ReportService.fileName(report.title() + " " + chosenTable.name(), reports.today(), "csv"),
                        new MediaType("text", "csv", StandardCharsets.UTF_8),
                        out -> new CsvReportWriter().write(chosenTable, out));
            }
            default -> throw new InvalidParameterException("format", "must be pdf, xlsx or csv");
        };
    }

    private ResponseEntity<StreamingResponseBody> file(String name, MediaType type, StreamingResponseBody body) {
        return StreamedFile.attachment(metrics, name, type, body);
    }
}
