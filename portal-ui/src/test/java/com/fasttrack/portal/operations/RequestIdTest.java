package com.fasttrack.portal.operations;

import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request has an id: the proxy's X-Request-Id or a new one, in each of its log lines and in the response. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class RequestIdTest {

    /** Logs a line on each failed sign-in, while the login request is handled. */
    private static final String SIGN_IN_LOGGER = "com.fasttrack.portal.security.SignInThrottling";

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void listen() {
        lines.start();
        ((Logger) LoggerFactory.getLogger(SIGN_IN_LOGGER)).addAppender(lines);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(SIGN_IN_LOGGER)).detachAppender(lines);
    }

    @Test
    void theProxysIdComesBackAndIsOnTheRequestsLogLines() throws Exception {
        HttpResponse<String> response = failedSignIn("proxy-4711.abc");

        assertThat(response.headers().firstValue(RequestIdFilter.HEADER)).hasValue("proxy-4711.abc");
        assertThat(lines.list).filteredOn(line -> line.getFormattedMessage().startsWith("Sign-in failed"))
                .extracting(line -> line.getMDCPropertyMap().get(RequestIdFilter.MDC_KEY))
                .containsExactly("proxy-4711.abc");
    }

    @Test
    void withoutOneTheRequestGetsANewIdEveryTime() throws Exception {
        String first = failedSignIn(null).headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        String second = failedSignIn(null).headers().firstValue(RequestIdFilter.HEADER).orElseThrow();

        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
        assertThat(lines.list).extracting(line -> line.getMDCPropertyMap().get(RequestIdFilter.MDC_KEY))
                .containsExactly(first, second);
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() {
        assertThat(RequestIdFilter.accepted("abc\r\n2026-12-04 ERROR forged")).doesNotContain("forged");
        assertThat(RequestIdFilter.accepted("x".repeat(65))).hasSize(36);
        assertThat(RequestIdFilter.accepted("")).hasSize(36);
        assertThat(RequestIdFilter.accepted("0af7651916cd43dd8448eb211c80319c")).isEqualTo(
                "0af7651916cd43dd8448eb211c80319c");
    }

    @Test
    void theIdIsClearedWhenTheRequestEnds() throws Exception {
        List<String> during = new ArrayList<>();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestIdFilter.HEADER, "req-1");

        new RequestIdFilter().doFilter(request, response, (req, res) -> during.add(MDC.get(RequestIdFilter.MDC_KEY)));

        assertThat(during).containsExactly("req-1");
        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
        assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("req-1");
    }

    private HttpResponse<String> failedSignIn(String requestId) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + UUID.randomUUID()
                        + "%40nobody.example&password=wrong"));
        if (requestId != null) {
            request.header(RequestIdFilter.HEADER, requestId);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }
}
