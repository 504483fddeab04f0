package com.fasttrack.portal.report.api;

import com.fasttrack.portal.InvalidParameterException;
import com.fasttrack.portal.operations.ExportMetrics;
import com.fasttrack.portal.report.CsvReportWriter;
import com.fasttrack.portal.report.PortfolioReport;
import com.fasttrack.portal.report.XlsxReportWriter;
import com.fasttrack.portal.report.service.ReportService;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.nio.charset.StandardCharsets;

/**
 * The portfolio export of the screens' "Export portfolio" menu over the API: one row per engagement in the
 * engineer's or program manager's scope, as a workbook or CSV. The same service, so the same scope and the same
 * refusal for customers and partners (403).
 */
@RestController
@RequestMapping("/api/portfolio")
@Tag(name = "Reports", description = "Engagement reports as PDF, XLSX or CSV")
class PortfolioApi {

    private final ReportService reports;
    private final ExportMetrics metrics;

    PortfolioApi(ReportService reports, ExportMetrics metrics) {
        this.reports = reports;
        this.metrics = metrics;
    }

    @GetMapping("/report.{format}")
    @Operation(summary = "The portfolio (engineers and program managers) as xlsx or csv")
    ResponseEntity<StreamingResponseBody> report(@PathVariable String format) {
        MediaType type = switch (format) {
            case "xlsx" -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case "csv" -> new MediaType("text", "csv", StandardCharsets.UTF_8);
            default -> throw new InvalidParameterException("format", "must be xlsx or csv");
        };
        PortfolioReport report = reports.portfolioReport();
        String name = "portfolio-" + report.asOf() + "." + format;
        return StreamedFile.attachment(metrics, name, type, out -> {
            if (format.equals("xlsx")) {
                new XlsxReportWriter().writePortfolio(report, out);
            } else {
                new CsvReportWriter().writePortfolio(report, out);
            }
        });
    }
}
