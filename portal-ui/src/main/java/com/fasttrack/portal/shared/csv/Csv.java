package com.fasttrack.portal.shared.csv;

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
 * Writes a table as CSV: UTF-8 with a byte order mark (so Excel shows accents), RFC 4180 quoting and CRLF, and text
 * cells that a spreadsheet would run as a formula prefixed with an apostrophe. Neutral, so both the reports and the
 * security log export with it and neither depends on the other.
 */
public final class Csv {

    private static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private Csv() {
    }

    /**
     * Writes the headers and the rows, whose cells keep their type ({@link String}, {@link LocalDate},
     * {@link Instant}, {@link Number}, {@link Boolean} or {@code null}); rows may be produced lazily while it streams.
     */
    public static void write(List<String> headers, Iterable<List<@Nullable Object>> rows, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(headers.stream().map(Csv::neutralise).toList());
            List<String> cells = new ArrayList<>();
            for (List<@Nullable Object> row : rows) {
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
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
