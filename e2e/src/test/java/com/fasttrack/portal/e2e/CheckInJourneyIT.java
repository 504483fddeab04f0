package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An engineer records a check-in; the customer sees and acknowledges it; the engineer sees the acknowledgement, then
 * opens another tab and reloads the page, which stays on that tab.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInJourneyIT {

    private static final String PASSWORD = "fasttrack-demo";

    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.shared();
    }

    @Test
    void aCheckInIsRecordedAcknowledgedAndTheAcknowledgementSeen() {
        String summary = "Cut-over rehearsal done " + UUID.randomUUID().toString().substring(0, 6);
        String checkInsUrl;
        int acknowledgedBefore;
        try (Browser engineer = Browser.open()) {
            engineer.driver.get(portal.url("/engagements"));
            engineer.login("priya.raman@fasttrack.example", PASSWORD);
            engineer.waitFor("vaadin-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> !engineer.driver.findElements(
                    By.linkText("Move the retail platform to Azure")).isEmpty());
            engineer.driver.findElement(By.linkText("Move the retail platform to Azure")).click();
            engineer.waitFor("#engagement-title");
            checkInsUrl = engineer.driver.getCurrentUrl().replaceAll("\\?.*$", "") + "?tab=check-ins";
            engineer.driver.get(checkInsUrl);
            engineer.waitFor("#record-checkin").click();
            engineer.waitFor("#checkin-summary textarea").sendKeys(summary);
            engineer.waitFor("#checkin-internal-note textarea").sendKeys("Internal: sponsor wants a discount");
            WebElement onTrack = engineer.waitFor("vaadin-radio-group vaadin-radio-button label");
            onTrack.click();
            engineer.waitFor("#save-checkin").click();
            await().atMost(Duration.ofSeconds(20)).until(() -> engineer.deepText().contains(summary));
            acknowledgedBefore = acknowledged(engineer);
        }

        try (Browser customer = Browser.open()) {
            customer.driver.get(checkInsUrl);
            customer.login("zoe.angstrom@contoso.example", PASSWORD);
            customer.waitFor("#checkins-panel");
            await().atMost(Duration.ofSeconds(20)).until(() -> customer.deepText().contains(summary));
            assertThat(customer.deepText()).doesNotContain("sponsor wants a discount");
            customer.waitFor(".ft-acknowledge").click();
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged(customer) == acknowledgedBefore + 1);
            assertThat(customer.deepText()).contains("by Zoë Ångström");
        }

        try (Browser engineer = Browser.open()) {
            engineer.driver.get(checkInsUrl);
            engineer.login("priya.raman@fasttrack.example", PASSWORD);
            engineer.waitFor("#checkins-panel");
            await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged(engineer) == acknowledgedBefore + 1);
            assertThat(engineer.deepText()).contains(summary, "sponsor wants a discount");

            // the URL follows the tab the engineer opens, so a reload stays on it
            engineer.waitForClickable(By.xpath("//vaadin-tab[normalize-space(.)='Blockers']")).click();
            engineer.waitFor("#blockers-panel");
            engineer.waitForUrlContaining("?tab=blockers");
            engineer.driver.navigate().refresh();
            engineer.waitFor("#blockers-panel");
            assertThat(engineer.driver.findElement(By.cssSelector("vaadin-tab[selected]")).getText().strip())
                    .isEqualTo("Blockers");
        }
    }

    private static int acknowledged(Browser browser) {
        return browser.driver.findElements(By.cssSelector(".ft-acknowledged")).size();
    }
}
