package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged portal in real Chromium: five wrong passwords lock an account for that browser's address, the right
 * password is then refused with the same words, and a program manager unlocks it on the Users page.
 * (Ken Watanabe is the demo account no other journey signs in with.)
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockoutJourneyIT {

    private static final String DEMO_PASSWORD = "fasttrack-demo";
    private static final String MANAGER = "morgan.lee@fasttrack.example";
    private static final String LOCKED = "ken.watanabe@tailwind.example";
    private static final String LOCKED_NAME = "渡辺 健 (Ken Watanabe)";

    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.shared();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAProgramManagerUnlocksIt() {
        try (Browser guesser = Browser.open(); Browser manager = Browser.open()) {
            String wrongPassword = null;
            for (int i = 1; i <= 5; i++) {
                wrongPassword = failedSignIn(guesser, "guess-number-" + i);
            }
            String rightPasswordWhileLocked = failedSignIn(guesser, DEMO_PASSWORD);
            assertThat(rightPasswordWhileLocked).contains("The e-mail or password is incorrect")
                    .isEqualTo(wrongPassword);

            manager.driver.get(portal.url("/login"));
            manager.login(MANAGER, DEMO_PASSWORD);
            manager.waitFor("#home-greeting");
            // the first lock lasts a minute: the manager acts at once (no search, whose refresh would redraw the row)
            manager.driver.get(portal.url("/users"));
            await().atMost(Duration.ofSeconds(20)).until(() -> manager.deepText().contains("Locked"));
            manager.waitForClickable(By.xpath("//vaadin-button[@aria-label='Unlock " + LOCKED_NAME + "']")).click();
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> manager.deepText().contains("is unlocked and may sign in again"));
            assertThat(manager.driver.findElements(By.xpath(
                    "//vaadin-button[@aria-label='Unlock " + LOCKED_NAME + "']"))).isEmpty();

            guesser.driver.get(portal.url("/login"));
            guesser.login(LOCKED, DEMO_PASSWORD);
            assertThat(guesser.waitFor("#home-greeting").getText()).isEqualTo("Welcome, " + LOCKED_NAME);
        }
    }

    /** Signs in from a fresh login page with this password, expects the failure and returns its words. */
    private String failedSignIn(Browser browser, String password) {
        browser.driver.get(portal.url("/login"));
        browser.login(LOCKED, password);
        browser.waitForUrlContaining("error");
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            String text = browser.deepText();
            int at = text.indexOf("Sign-in failed");
            return at < 0 ? null : text.substring(at, Math.min(text.length(), at + 120)).replaceAll("\\s+", " ");
        }, text -> text != null);
    }
}
