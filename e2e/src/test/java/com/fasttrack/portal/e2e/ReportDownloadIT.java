package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A customer downloads its engagement's PDF report from the engagement page. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDownloadIT {

    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.shared();
    }

    @Test
    void theCustomerDownloadsAValidPdf() throws Exception {
        try (Browser customer = Browser.open()) {
            customer.driver.get(portal.url("/engagements"));
            customer.login("dana.whitfield@fabrikam.example", "fasttrack-demo");
            customer.waitFor("vaadin-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> !customer.driver.findElements(
                    By.linkText("Factory floor telemetry and simulation")).isEmpty());
            customer.driver.findElement(By.linkText("Factory floor telemetry and simulation")).click();
            customer.waitFor("#engagement-title");

            customer.waitFor("#export-menu vaadin-menu-bar-button").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> customer.clickDeep("vaadin-menu-bar-item",
                    "PDF report"));
            customer.waitFor("#export-download").click();

            Path pdf = await().atMost(Duration.ofSeconds(60)).until(() -> finished(customer.downloads),
                    Optional::isPresent).orElseThrow();
            assertThat(pdf.getFileName().toString())
                    .startsWith("factory-floor-telemetry-and-simulation-").endsWith(".pdf");
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).stripTrailing())
                    .endsWith("%%EOF");
        }
    }

    private static Optional<Path> finished(Path directory) throws java.io.IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).findFirst();
        }
    }
}
