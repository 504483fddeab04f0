package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer requests a partner, the engineer proposes one from the ranked candidates, the customer accepts,
 * the engineer drafts the first backlog, and the partner's user signs in and sees the engagement and its backlog.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerJourneyIT {

    private static final String PASSWORD = "fasttrack-demo";
    private static final String ENGAGEMENT = "Factory floor telemetry and simulation";
    private static final String PARTNER = "Adatum Managed Services";

    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.shared();
    }

    @Test
    void aPartnerIsRequestedProposedAcceptedAndThenWorksOnTheBacklog() {
        String engagementUrl;
        try (Browser customer = Browser.open()) {
            customer.driver.get(portal.url("/engagements"));
            customer.login("dana.whitfield@fabrikam.example", PASSWORD);
            customer.waitFor("vaadin-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> !customer.driver.findElements(
                    By.linkText(ENGAGEMENT)).isEmpty());
            customer.driver.findElement(By.linkText(ENGAGEMENT)).click();
            customer.waitFor("#engagement-title");
            engagementUrl = customer.driver.getCurrentUrl().replaceAll("\\?.*$", "");
            customer.driver.get(engagementUrl + "?tab=partners");
            customer.waitFor("#match-note textarea").sendKeys("Someone to run the IoT rollout");
            customer.waitForClickable(By.id("request-partner")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> customer.deepText().contains("Requested"));
        }

        try (Browser engineer = Browser.open()) {
            engineer.driver.get(engagementUrl + "?tab=partners");
            engineer.login("lars.oberg@fasttrack.example", PASSWORD);
            engineer.waitFor("#match-candidates");
            await().atMost(Duration.ofSeconds(20)).until(() -> engineer.deepText().contains(PARTNER));
            engineer.waitForVaadin();
            Object clicked = ((JavascriptExecutor) engineer.driver).executeScript("""
                    const grid = document.querySelector('#match-candidates');
                    const content = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .find(c => c.textContent.trim() === arguments[0]);
                    const row = content.assignedSlot.parentElement.parentElement;
                    const first = row.querySelector('slot').assignedElements()[0];
                    first.querySelector('vaadin-checkbox').click();
                    return true;""", PARTNER);
            assertThat(clicked).isEqualTo(true);
            engineer.waitForVaadin();
            engineer.waitForClickable(By.id("propose-partners")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> engineer.deepText().contains("Awaiting the customer"));
        }

        try (Browser customer = Browser.open()) {
            customer.driver.get(engagementUrl + "?tab=partners");
            customer.login("dana.whitfield@fabrikam.example", PASSWORD);
            customer.waitForClickable(By.id("accept-partner")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> customer.deepText().contains("Partner: " + PARTNER));
        }

        try (Browser engineer = Browser.open()) {
            engineer.driver.get(engagementUrl + "?tab=backlog");
            engineer.login("lars.oberg@fasttrack.example", PASSWORD);
            engineer.waitForClickable(By.id("first-backlog")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> engineer.deepText().contains("Migrate: IoT"));
        }

        try (Browser partner = Browser.open()) {
            partner.driver.get(portal.url("/"));
            partner.login("lucia.fernandez@adatum.example", PASSWORD);
            await().atMost(Duration.ofSeconds(20)).until(() -> partner.deepText().contains(ENGAGEMENT));
            partner.driver.get(engagementUrl + "?tab=backlog");
            partner.waitFor("#backlog-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> partner.deepText().contains("Assess and plan: IoT"));
            assertThat(partner.deepText()).contains(ENGAGEMENT).doesNotContain("Woodgrove");
        }
    }
}
