package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged portal in real Chromium, two browsers: a program manager disables an engineer who is signed in; the
 * engineer's next click lands on the login page saying why, and the API refuses the same session cookie.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountDisabledJourneyIT {

    private static final String PASSWORD = "fasttrack-demo";
    private static final String MANAGER = "morgan.lee@fasttrack.example";
    private static final String ENGINEER = "lars.oberg@fasttrack.example";
    private static final String ENGINEER_NAME = "Lars Øberg";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private PortalProcess portal;

    @BeforeAll
    void startPortal() throws Exception {
        Browser.assumeAvailable();
        portal = PortalProcess.shared();
    }

    @Test
    void aDisabledEngineersNextClickEndsOnTheLoginPageAndItsCookieNoLongerOpensTheApi() throws Exception {
        try (Browser engineer = Browser.open(); Browser manager = Browser.open()) {
            engineer.driver.get(portal.url("/login"));
            engineer.login(ENGINEER, PASSWORD);
            engineer.waitFor("#home-greeting");
            Cookie session = engineer.driver.manage().getCookieNamed("JSESSIONID");
            assertThat(api(session).statusCode()).isEqualTo(200);

            manager.driver.get(portal.url("/login"));
            manager.login(MANAGER, PASSWORD);
            manager.waitFor("#home-greeting");
            manager.driver.get(portal.url("/users"));
            try {
                manager.waitForClickable(By.xpath("//vaadin-button[@aria-label='Disable " + ENGINEER_NAME + "']"))
                        .click();
                manager.waitForClickable(By.xpath("//vaadin-button[@slot='confirm-button']")).click();
                manager.waitForClickable(By.xpath("//vaadin-button[@aria-label='Enable " + ENGINEER_NAME + "']"));

                engineer.waitForClickable(By.id("change-password-button")).click();
                engineer.waitForUrlContaining("/login");
                assertThat(engineer.waitFor("#session-ended").getText())
                        .isEqualTo("Your session ended because your account changed. Sign in again.");
                assertThat(engineer.driver.findElements(By.id("home-greeting"))).isEmpty();

                HttpResponse<String> refused = api(session);
                assertThat(refused.statusCode()).isEqualTo(401);
            } finally {
                // the shared portal's other journeys sign in as this engineer
                manager.waitForClickable(By.xpath("//vaadin-button[@aria-label='Enable " + ENGINEER_NAME + "']"))
                        .click();
                manager.waitForClickable(By.xpath("//vaadin-button[@aria-label='Disable " + ENGINEER_NAME + "']"));
            }
        }
    }

    private HttpResponse<String> api(Cookie session) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal.url("/api/engagements")))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
