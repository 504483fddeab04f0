package com.fasttrack.portal.security;

import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The headers every response carries, from both security chains; HSTS only on a secure request. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class SecurityHeadersTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData testData;

    @Test
    void theLoginPageThePagesAndTheApiCarryTheSecurityHeaders() throws Exception {
        BrowserSession anonymous = new BrowserSession(port);
        assertSecurityHeaders(anonymous.get("/login"));
        assertSecurityHeaders(anonymous.get("/api/engagements"));
        BrowserSession signedIn = new BrowserSession(port).signIn(testData.user(Role.ENGINEER).email().value(),
                TestData.PASSWORD);
        assertSecurityHeaders(signedIn.get("/engagements"));
        assertSecurityHeaders(signedIn.get("/api/engagements"));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).contains(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'",
                "script-src 'self' 'unsafe-inline' 'unsafe-eval'");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        // plain HTTP: no HSTS, which a browser would ignore anyway and which must not pin a host without TLS
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void hstsIsSentOnlyOnASecureRequestInBothChains() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (String path : new String[] {"/actuator/health", "/api/engagements"}) {
            mvc.perform(get(path).secure(true))
                    .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY));
            mvc.perform(get(path)).andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
    }
}
