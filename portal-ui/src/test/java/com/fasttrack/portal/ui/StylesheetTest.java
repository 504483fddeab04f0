package com.fasttrack.portal.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A missing brace silently drops every rule after it in the browser; catch it at build time. */
class StylesheetTest {

    @Test
    void everyBlockOfTheStylesheetIsClosed() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/styles.css")) {
            assertThat(in).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                assertThat(depth).as("nested block opened at line %d", line).isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("unbalanced '}' at line %d", line).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
