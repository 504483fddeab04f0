package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** An engineer opens an engagement for a customer; that customer sees it, another customer does not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngagementJourneyIT {

    private static final String PASSWORD = "fasttrack-demo";

    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.shared();
    }

    @Test
    void engineerCreatesAnEngagementOnlyItsCustomerSees() {
        String title = "Warehouse robots " + UUID.randomUUID().toString().substring(0, 6);
        String engagementUrl;
        try (Browser engineer = Browser.open()) {
            engineer.driver.get(portal.url("/engagements/new"));
            engineer.login("priya.raman@fasttrack.example", PASSWORD);
            WebElement customer = engineer.waitFor("#engagement-customer-field input");
            customer.sendKeys("Fabrikam Manufacturing (United States)");
            customer.sendKeys(Keys.ENTER);
            engineer.waitFor("#engagement-title-field input").sendKeys(title);
            engineer.waitFor("#engagement-option-field vaadin-radio-button label").click();
            engineer.waitForClickable(By.id("create-engagement")).click();

            await().atMost(Duration.ofSeconds(20)).until(() -> engineer.driver.findElements(
                    By.cssSelector("#engagement-title")).stream().anyMatch(e -> e.getText().equals(title)));
            engagementUrl = engineer.driver.getCurrentUrl();
            assertThat(engineer.waitFor("#engagement-customer").getText()).contains("Fabrikam Manufacturing");
        }

        try (Browser customer = Browser.open()) {
            customer.driver.get(portal.url("/engagements"));
            customer.login("dana.whitfield@fabrikam.example", PASSWORD);
            customer.waitFor("vaadin-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> customer.deepText().contains(title));
            customer.driver.get(engagementUrl);
            assertThat(customer.waitFor("#engagement-title").getText()).isEqualTo(title);
        }

        try (Browser other = Browser.open()) {
            other.driver.get(portal.url("/engagements"));
            other.login("zoe.angstrom@contoso.example", PASSWORD);
            other.waitFor("vaadin-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> other.deepText().contains("Move the retail platform"));
            assertThat(other.deepText()).doesNotContain(title);
            other.driver.get(engagementUrl);
            assertThat(other.waitFor("#not-found").getText()).contains("We could not find that page");
        }
    }
}
