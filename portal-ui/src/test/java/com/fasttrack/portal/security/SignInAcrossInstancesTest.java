package com.fasttrack.portal.security;

import com.fasttrack.portal.Application;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances on one PostgreSQL: this test's context is instance A; a second complete application context with its
 * own web server is instance B. Failures counted on A lock on B; bearer tokens refused by B's real server are counted
 * against the connection's address, whatever X-Forwarded-For claims (no forward-headers strategy is set).
 */
@PortalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInAcrossInstancesTest {

    private static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");
    private static final String SPOOFED = "198.51.100.77";

    @Autowired
    AuthenticationConfiguration authenticationOnA;
    @Autowired
    SignInThrottling throttlingOnA;
    @Autowired
    Throttles throttles;
    @Autowired
    SecurityLog log;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TestData testData;

    private ConfigurableApplicationContext instanceB;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startInstanceB() {
        instanceB = new SpringApplicationBuilder(Application.class).initializers(new TestDatabaseInitializer())
                .run("--server.port=0", "--portal.demo-data=false", "--portal.sign-in.token.max-failures=5");
    }

    @AfterAll
    void stopInstanceB() {
        instanceB.close();
    }

    @AfterEach
    void forgetLoopbackTokenFailures() {
        RequestContextHolder.resetRequestAttributes();
        LOOPBACK.forEach(address -> throttles.clear(ThrottleKey.token(address)));
    }

    @Test
    void fiveFailuresOnInstanceALockThePairOnInstanceBUntilUnlocked() throws Exception {
        UserAccount user = testData.user(Role.ENGINEER);
        String address = "test-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        var onB = instanceB.getBean(AuthenticationConfiguration.class).getAuthenticationManager();
        var onA = authenticationOnA.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> onA.authenticate(attempt(user, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> onB.authenticate(attempt(user, TestData.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class).hasMessage("Bad credentials");

        assertThat(throttlingOnA.unlock(user.email().value())).isEqualTo(1);
        assertThat(onB.authenticate(attempt(user, TestData.PASSWORD)).isAuthenticated()).isTrue();
    }

    @Test
    void fiveRefusedTokensLockBearerSignInFromTheConnectionsAddressNotTheForwardedOne() throws Exception {
        forgetLoopbackTokenFailures();
        UserAccount user = testData.user(Role.CUSTOMER);
        ApiToken.Issued valid = ApiToken.issue(user.id(), "test", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(valid.token());
        Instant start = Instant.now().minusSeconds(1);
        assertThat(getOnB(valid.plain()).statusCode()).isEqualTo(200);

        String refusedBody = null;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> refused = getOnB("ftp_bogus" + i + "-secret-part-" + UUID.randomUUID());
            assertThat(refused.statusCode()).isEqualTo(401);
            refusedBody = refused.body();
        }

        HttpResponse<String> whileLocked = getOnB(valid.plain());
        assertThat(whileLocked.statusCode()).isEqualTo(401);
        assertThat(whileLocked.body()).isEqualTo(refusedBody);

        List<SecurityLog.Entry> refusals = log.search(new SecurityLog.Filter(null, SecurityEventKind.TOKEN_REFUSED,
                start, null), PageRequest.of(0, 10));
        assertThat(refusals).hasSize(6).allSatisfy(entry -> {
            assertThat(entry.event().clientAddress()).isIn(LOOPBACK).isNotEqualTo(SPOOFED);
            assertThat(entry.event().detail()).doesNotContain("secret-part");
        });
        assertThat(refusals.getFirst().event().detail()).contains("locked")
                .contains(valid.plain().substring(0, 10)).doesNotContain(valid.plain());
        assertThat(refusals.get(1).event().detail()).contains("ftp_bogus4");
        assertThat(log.search(new SecurityLog.Filter(null, SecurityEventKind.LOCKED_OUT, start, null),
                PageRequest.of(0, 10))).anySatisfy(entry -> assertThat(entry.event().detail())
                .isEqualTo("5 refused API tokens within 15 minutes from " + refusals.getFirst().event().clientAddress()
                        + ": bearer tokens locked for 1 minute (lockout 1)"));
    }

    private HttpResponse<String> getOnB(String token) throws Exception {
        int port = ((WebServerApplicationContext) instanceB).getWebServer().getPort();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/engagements"))
                .header("Authorization", "Bearer " + token).header("X-Forwarded-For", SPOOFED).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static UsernamePasswordAuthenticationToken attempt(UserAccount user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user.email().value(), password);
    }
}
