package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The packaged portal in real Chromium: a demo user signs in through the real form and reaches its home. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginJourneyIT {

    private static final String DEMO_PASSWORD = "fasttrack-demo";

    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.shared();
    }

    @Test
    void demoEngineerSignsInAndSeesTheHomePage() {
        try (Browser browser = Browser.open()) {
            browser.driver.get(portal.url("/"));
            browser.waitForUrlContaining("/login");
            assertThat(browser.waitFor("#demo-logins").getText()).contains("priya.raman@fasttrack.example");

            browser.login("priya.raman@fasttrack.example", DEMO_PASSWORD);

            assertThat(browser.waitFor("#home-greeting").getText()).isEqualTo("Welcome, Priya Raman");
            assertThat(browser.waitFor("#current-user").getText()).isEqualTo("Priya Raman");
            assertThat(browser.deepText()).doesNotContain("Organisations");

            browser.waitFor("#logout").click();
            browser.waitForUrlContaining("/login");
        }
    }

    @Test
    void failedLoginSaysSoWithoutRevealingWhetherTheEmailExists() {
        String wrongPassword;
        String unknownEmail;
        try (Browser browser = Browser.open()) {
            browser.driver.get(portal.url("/login"));
            browser.login("priya.raman@fasttrack.example", "not-the-password");
            browser.waitForUrlContaining("error");
            wrongPassword = awaitErrorText(browser);
        }
        try (Browser browser = Browser.open()) {
            browser.driver.get(portal.url("/login"));
            browser.login("nobody@nowhere.example", "whatever-password");
            browser.waitForUrlContaining("error");
            unknownEmail = awaitErrorText(browser);
        }
        assertThat(wrongPassword).contains("The e-mail or password is incorrect").isEqualTo(unknownEmail);
    }

    @Test
    void anonymousRequestsToAPageAreSentToLogin() {
        assertThat(portal.status("/organisations")).isIn(302, 200);
        assertThat(portal.status("/login")).isEqualTo(200);
    }

    private static String awaitErrorText(Browser browser) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            String text = browser.deepText();
            int at = text.indexOf("Sign-in failed");
            return at < 0 ? null : text.substring(at, Math.min(text.length(), at + 120)).replaceAll("\\s+", " ");
        }, text -> text != null);
    }
}
