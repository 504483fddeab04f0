package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two people on one engagement at the same time, each in their own browser and, as behind a load balancer, each on
 * another instance of the portal (two packaged portals on one PostgreSQL): the customer has the blockers open and
 * sees the engineer arrive; the engineer raises a blocker; the customer's page shows it without a reload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveUpdatesJourneyIT {

    private static final String PASSWORD = "fasttrack-demo";
    private static final String ENGAGEMENT = "Move the retail platform to Azure";

    private PortalProcess instanceA;
    private PortalProcess instanceB;

    @BeforeAll
    void startTwoInstances() throws Exception {
        Browser.assumeAvailable();
        // one after the other: the first seeds the demo data, the second finds it there
        instanceA = PortalProcess.start(SharedDatabase.portalArguments());
        instanceB = PortalProcess.start(SharedDatabase.portalArguments());
    }

    @AfterAll
    void stopInstances() {
        for (PortalProcess instance : new PortalProcess[] {instanceA, instanceB}) {
            if (instance != null) {
                instance.close();
            }
        }
    }

    @Test
    void theCustomerSeesTheEngineersNewBlockerWithoutReloading() {
        String title = "Firewall change window " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser engineer = Browser.open(); Browser customer = Browser.open()) {
            engineer.driver.get(instanceA.url("/engagements"));
            engineer.login("priya.raman@fasttrack.example", PASSWORD);
            engineer.waitFor("vaadin-grid");
            await().atMost(Duration.ofSeconds(20)).until(() -> !engineer.driver.findElements(
                    By.linkText(ENGAGEMENT)).isEmpty());
            engineer.driver.findElement(By.linkText(ENGAGEMENT)).click();
            engineer.waitFor("#engagement-title");
            String blockersPath = URI.create(engineer.driver.getCurrentUrl()).getPath() + "?tab=blockers";
            String blockersUrl = instanceA.url(blockersPath);

            customer.driver.get(instanceB.url(blockersPath));
            customer.login("zoe.angstrom@contoso.example", PASSWORD);
            customer.waitFor("#blockers-panel");
            customer.waitForVaadin();
            ((JavascriptExecutor) customer.driver).executeScript("window.__stillTheSamePage = true;");

            engineer.driver.get(blockersUrl);
            engineer.waitFor("#blockers-panel");
            await("the customer sees the engineer on the page").atMost(Duration.ofSeconds(10))
                    .until(() -> customer.deepText().contains("Also viewing: Priya Raman"));

            engineer.waitForClickable(By.id("raise-blocker")).click();
            engineer.waitFor("#blocker-title input").sendKeys(title);
            engineer.waitFor("#blocker-severity").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> engineer.clickDeep("vaadin-select-item", "High"));
            await().atMost(Duration.ofSeconds(10)).until(() -> !"".equals(((JavascriptExecutor) engineer.driver)
                    .executeScript("return document.querySelector('#blocker-severity').value;")));
            engineer.waitFor("#blocker-owner").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> engineer.clickDeep("vaadin-combo-box-item",
                    "Priya Raman"));
            engineer.waitForClickable(By.id("save-blocker")).click();
            await().atMost(Duration.ofSeconds(20)).until(() -> engineer.deepText().contains(title));

            await("the blocker reaches the customer's open page").atMost(Duration.ofSeconds(10))
                    .until(() -> customer.deepText().contains(title));
            assertThat(((JavascriptExecutor) customer.driver).executeScript("return window.__stillTheSamePage;"))
                    .as("no reload happened").isEqualTo(Boolean.TRUE);
        }
    }
}
