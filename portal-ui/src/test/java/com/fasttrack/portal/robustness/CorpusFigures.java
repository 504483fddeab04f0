package com.fasttrack.portal.robustness;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The figures the closing note quotes: logged and appended to {@code target/corpus-figures.txt}. */
final class CorpusFigures {

    private static final Logger log = LoggerFactory.getLogger(CorpusFigures.class);
    private static final Path FILE = Path.of("target", "corpus-figures.txt");

    private CorpusFigures() {
    }

    /** Each finding on a line of {@code target/corpus-findings.txt}, for whoever fixes them. */
    static void details(java.util.List<String> findings) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.write(Path.of("target", "corpus-findings.txt"), findings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void report(String line) {
        log.info("Bad-input corpus: {}", line);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
