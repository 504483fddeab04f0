package com.fasttrack.portal.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes report tables as CSV: UTF-8 with a byte order mark (so Excel shows accents), RFC 4180 quoting and CRLF,
 * and text cells that a spreadsheet would run as a formula prefixed with an apostrophe.
 */
public final class CsvReportWriter {

    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** One table of an engagement report (see {@link ReportTable#of(EngagementReport)} for the names). */
    public void write(ReportTable table, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(table.headers().stream().map(CsvReportWriter::neutralise).toList());
            List<String> cells = new ArrayList<>();
            for (List<@Nullable Object> row : table.rows()) {
                cells.clear();
                for (Object cell : row) {
                    cells.add(text(cell));
                }
                printer.printRecord(cells);
            }
            // flush, not close: the caller owns the stream
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void writeCheckIns(EngagementReport report, OutputStream out) {
        write(ReportTable.checkIns(report), out);
    }

    public void writeBlockers(EngagementReport report, OutputStream out) {
        write(ReportTable.blockers(report), out);
    }

    public void writeSummary(EngagementReport report, OutputStream out) {
        write(ReportTable.summary(report), out);
    }

    public void writeBacklog(EngagementReport report, OutputStream out) {
        write(ReportTable.backlog(report), out);
    }

    public void writePortfolio(PortfolioReport report, OutputStream out) {
        write(ReportTable.portfolio(report), out);
    }

    private static String text(@Nullable Object cell) {
        return switch (cell) {
            case null -> "";
            case String s -> neutralise(s);
            case LocalDate date -> date.toString();
            case Instant instant -> TIMESTAMP.format(instant);
            case Boolean b -> b ? "Yes" : "No";
            case Double d -> String.valueOf(d);
            default -> neutralise(cell.toString());
        };
    }

    /** A text cell starting with =, +, -, @, tab or CR would be a formula in a spreadsheet app: make it text. */
    static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
