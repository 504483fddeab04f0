package com.fasttrack.portal.engagement.api;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The REST API over real HTTP on a random port, with personal tokens, on the test PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class EngagementApiTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestData testData;
    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String tag = "api" + UUID.randomUUID().toString().substring(0, 8);
    private UserAccount customerA;
    private UserAccount customerB;
    private UserAccount engineer;
    private Engagement ofA;
    private Engagement ofB;

    @BeforeEach
    void data() {
        customerA = testData.user(Role.CUSTOMER);
        customerB = testData.user(Role.CUSTOMER);
        engineer = testData.user(Role.ENGINEER);
        ofA = testData.engagement(testData.organisationOf(customerA), tag + " A", List.of(engineer), "SAP");
        ofB = testData.engagement(testData.organisationOf(customerB), tag + " B", List.of(), "SAP");
    }

    private String token(UserAccount user) {
        ApiToken.Issued issued = ApiToken.issue(user.id(), "test", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(issued.token());
        return issued.plain();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void eachRoleGetsExactlyItsScope() throws Exception {
        String list = "/api/engagements?q=" + tag;
        assertThat(get(list, token(customerA)).body()).contains(tag + " A").doesNotContain(tag + " B")
                .contains("\"total\":1");
        assertThat(get(list, token(customerB)).body()).contains(tag + " B").doesNotContain(tag + " A");
        assertThat(get(list, token(engineer)).body()).contains(tag + " A").doesNotContain(tag + " B");
        assertThat(get(list, token(testData.user(Role.PROGRAM_MANAGER))).body()).contains(tag + " A", tag + " B")
                .contains("\"total\":2");
        assertThat(get(list, token(testData.user(Role.PARTNER))).body()).contains("\"total\":0");
    }

    @Test
    void aForeignIdAndARandomIdBothAnswer404Alike() throws Exception {
        String token = token(customerA);
        HttpResponse<String> own = get("/api/engagements/" + ofA.id(), token);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"title\":\"" + tag + " A\"", "\"health\"", "\"checklists\"");

        HttpResponse<String> foreign = get("/api/engagements/" + ofB.id(), token);
        HttpResponse<String> random = get("/api/engagements/" + UUID.randomUUID(), token);
        HttpResponse<String> malformed = get("/api/engagements/not-an-id", token);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(random.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).isEqualTo(random.body());
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        // an id that is no UUID at all is the caller's mistake: a 400 naming the parameter, not a lookup
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"parameter\":\"id\"");
    }

    @Test
    void noTokenAnUnknownTokenAndARevokedTokenAnswer401() throws Exception {
        assertThat(get("/api/engagements", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/engagements", "ftp_not-a-real-token").statusCode()).isEqualTo(401);

        String plain = token(customerA);
        assertThat(get("/api/engagements", plain).statusCode()).isEqualTo(200);
        ApiToken stored = tokens.useActive(ApiToken.hash(plain), Instant.now()).orElseThrow();
        tokens.save(stored.revoke(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        assertThat(get("/api/engagements", plain).statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledUsersTokenStopsWorking() throws Exception {
        UserAccount user = testData.user(Role.CUSTOMER);
        String plain = token(user);
        assertThat(get("/api/engagements", plain).statusCode()).isEqualTo(200);
        testData.disable(user);
        assertThat(get("/api/engagements", plain).statusCode()).isEqualTo(401);
    }

    @Test
    void theApiOnlyReads() throws Exception {
        HttpRequest delete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/engagements/"
                + ofA.id())).header("Authorization", "Bearer " + token(testData.user(Role.PROGRAM_MANAGER)))
                .DELETE().build();
        assertThat(http.send(delete, HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(403, 405);
    }

    @Test
    void theOpenApiDocumentIsForSignedInUsersOnly() throws Exception {
        assertThat(get("/api/docs/openapi.json", null).statusCode()).isEqualTo(401);
        HttpResponse<String> docs = get("/api/docs/openapi.json", token(customerA));
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/engagements/{id}", "openapi");
    }

}
