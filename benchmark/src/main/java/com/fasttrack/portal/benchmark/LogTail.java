package com.fasttrack.portal.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The lines a log file grew by since a mark. */
final class LogTail {

    private final Path file;

    LogTail(Path file) {
        this.file = file;
    }

    long mark() {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> since(long mark) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = in.length();
            byte[] bytes = new byte[(int) Math.max(0, end - mark)];
            in.seek(mark);
            in.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            // a line still being written belongs to the next read
            int last = text.lastIndexOf('\n');
            return last < 0 ? List.of() : Arrays.asList(text.substring(0, last).split("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
