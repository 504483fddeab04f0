package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged portal in real Chromium: what a program manager does to an account reaches the user through the
 * real sign-in and an already open session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetJourneyIT {

    private static final String DEMO_PASSWORD = "fasttrack-demo";
    private static final String MANAGER = "morgan.lee@fasttrack.example";
    private static final String CUSTOMER = "dana.whitfield@fabrikam.example";
    private static final String PARTNER = "sam.okafor@northwind.example";
    private static final String OWN_PASSWORD = "dana-chose-this-one";

    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.start();
    }

    @AfterAll
    void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    /** The user signs in with the one-time password, is held on the change-password page, then uses its own. */
    @Test
    void aResetUserMustChooseItsOwnPasswordBeforeAnythingElse() {
        String oneTimePassword;
        try (Browser browser = Browser.open()) {
            browser.driver.get(portal.url("/login"));
            browser.login(MANAGER, DEMO_PASSWORD);
            browser.waitFor("#home-greeting");
            browser.driver.get(portal.url("/users"));
            browser.waitForClickable(By.xpath(
                    "//vaadin-button[@aria-label='Reset password Dana Whitfield']")).click();
            browser.waitForClickable(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
            oneTimePassword = browser.waitFor("#one-time-password").getText().strip();
            assertThat(oneTimePassword).hasSizeGreaterThanOrEqualTo(16);
        }

        try (Browser browser = Browser.open()) {
            browser.driver.get(portal.url("/login"));
            browser.login(CUSTOMER, oneTimePassword);
            browser.waitFor("#password-change-required");
            browser.waitForUrlContaining("change-password");

            browser.driver.get(portal.url("/"));
            browser.waitFor("#password-change-required");
            assertThat(browser.driver.findElements(By.id("home-greeting"))).isEmpty();

            browser.waitForVaadin();
            browser.waitFor("#current-password input").sendKeys(oneTimePassword);
            browser.waitFor("#new-password input").sendKeys(OWN_PASSWORD);
            browser.waitFor("#repeat-password input").sendKeys(OWN_PASSWORD);
            browser.waitForClickable(By.id("change-password-save")).click();
            assertThat(browser.waitFor("#home-greeting").getText()).isEqualTo("Welcome, Dana Whitfield");
            browser.waitFor("#logout").click();
            browser.waitForUrlContaining("/login");
        }

        try (Browser browser = Browser.open()) {
            browser.driver.get(portal.url("/login"));
            browser.login(CUSTOMER, OWN_PASSWORD);
            WebElement greeting = browser.waitFor("#home-greeting");
            assertThat(greeting.getText()).isEqualTo("Welcome, Dana Whitfield");
        }
    }

    @Test
    void aUserDisabledWhileSignedInIsSignedOutAndCannotSignInAgain() {
        try (Browser partner = Browser.open(); Browser manager = Browser.open()) {
            partner.driver.get(portal.url("/login"));
            partner.login(PARTNER, DEMO_PASSWORD);
            partner.waitFor("#home-greeting");

            manager.driver.get(portal.url("/login"));
            manager.login(MANAGER, DEMO_PASSWORD);
            manager.waitFor("#home-greeting");
            manager.driver.get(portal.url("/users"));
            manager.waitForClickable(By.xpath("//vaadin-button[@aria-label='Disable Sam Okafor']")).click();
            manager.waitForClickable(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
            manager.waitForClickable(By.xpath("//vaadin-button[@aria-label='Enable Sam Okafor']"));

            partner.waitForClickable(By.id("change-password-button")).click();
            partner.waitForUrlContaining("/login");
            partner.login(PARTNER, DEMO_PASSWORD);
            partner.waitForUrlContaining("error");
            assertThat(partner.driver.findElements(By.id("home-greeting"))).isEmpty();
        }
    }
}
