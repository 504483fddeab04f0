package com.fasttrack.portal.demo.scale;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyManager;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The rows of one table in PostgreSQL's COPY text format, spooled to a temporary file while the data set is made
 * (one connection can run one COPY at a time, and the rows of all tables are made together) and then copied in.
 */
final class CopyTable implements AutoCloseable {

    private final String table;
    private final String columns;
    private final Path file;
    private final BufferedWriter out;
    private long rows;

    CopyTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
        try {
            this.file = Files.createTempFile("scale-" + table + "-", ".copy");
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends one row; values are written by their type (null as SQL NULL). */
    void row(@Nullable Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                write(values[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(@Nullable Object value) throws IOException {
        switch (value) {
            case null -> out.write("\\N");
            case Instant instant -> out.write(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString());
            case LocalDate date -> out.write(date.toString());
            case Enum<?> constant -> out.write(constant.name());
            case String text -> escaped(text);
            default -> out.write(value.toString());
        }
    }

    private void escaped(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    long rows() {
        return rows;
    }

    String name() {
        return table;
    }

    /** Copies the spooled rows into the table; returns how many. */
    long copyInto(CopyManager copy) {
        try {
            out.close();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return copy.copyIn("copy " + table + " (" + columns + ") from stdin", in, 1 << 16);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
