package com.fasttrack.portal.robustness;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every parameter of {@code /api/**} with every input of the corpus, over real HTTP: each answer is a 2xx or a 400
 * problem detail ({@code application/problem+json}) naming the parameter; never a 5xx, never a stack trace in the body,
 * never an ERROR in the log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class ApiBadInputTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestData testData;
    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyParameterAnswersEveryBadInputWithASuccessOrAProblemDetail() throws Exception {
        UserAccount manager = testData.user(Role.PROGRAM_MANAGER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(
                com.fasttrack.portal.organisation.Region.UNITED_KINGDOM), TestData.unique("Corpus"), List.of(), "SAP");
        String token = token(manager);
        String report = "/api/engagements/" + engagement.id();

        Map<String, Function<String, String>> parameters = new LinkedHashMap<>();
        parameters.put("list offset", v -> "/api/engagements?offset=" + query(v));
        parameters.put("list limit", v -> "/api/engagements?limit=" + query(v));
        parameters.put("list q", v -> "/api/engagements?q=" + query(v));
        parameters.put("list phase", v -> "/api/engagements?phase=" + query(v));
        parameters.put("list status", v -> "/api/engagements?status=" + query(v));
        parameters.put("detail id", v -> "/api/engagements/" + path(v));
        parameters.put("report id", v -> "/api/engagements/" + path(v) + "/report.pdf");
        parameters.put("report format", v -> report + "/report." + path(v));
        parameters.put("report audience", v -> report + "/report.pdf?audience=" + query(v));
        parameters.put("report table", v -> report + "/report.csv?table=" + query(v));

        int tried = 0;
        List<String> serverErrors = new ArrayList<>();
        List<String> stackTraces = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        List<String> errorLogs = new ArrayList<>();
        try (LogCapture logs = new LogCapture()) {
            for (var parameter : parameters.entrySet()) {
                for (BadInput input : BadInput.all()) {
                    tried++;
                    String where = parameter.getKey() + " × " + input;
                    HttpResponse<String> answer = get(parameter.getValue().apply(input.value()), token);
                    int status = answer.statusCode();
                    String body = answer.body();
                    String type = answer.headers().firstValue("Content-Type").orElse("");
                    if (status >= 500) {
                        serverErrors.add(where + " → " + status);
                    }
                    if (showsStackTrace(body)) {
                        stackTraces.add(where);
                    }
                    boolean success = status >= 200 && status < 300;
                    boolean problem = status == 400 && type.startsWith("application/problem+json")
                            && body.contains("\"status\":400") && body.contains("\"title\"")
                            && body.contains("\"detail\"");
                    if (!success && !problem) {
                        notProblems.add(where + " → " + status + " " + type + " " + abbreviate(body));
                    }
                    logs.takeErrors().forEach(e -> errorLogs.add(where + ": " + LogCapture.describe(e)));
                }
            }
        }
        CorpusFigures.report("API: " + parameters.size() + " parameters × " + BadInput.all().size() + " inputs = "
                + tried + " requests; answers that were 5xx: " + serverErrors.size() + "; stack traces shown: "
                + stackTraces.size() + "; neither 2xx nor a 400 problem detail: " + notProblems.size()
                + "; ERROR logs: " + errorLogs.size());
        assertThat(serverErrors).as("answers that were 5xx").isEmpty();
        assertThat(stackTraces).as("stack traces shown").isEmpty();
        assertThat(notProblems).as("answers neither 2xx nor a 400 problem detail").isEmpty();
        assertThat(errorLogs).as("ERROR logs").isEmpty();
    }

    @Test
    void aBadParameterIsNamedInTheProblemAndTheValueIsNotEchoed() throws Exception {
        String token = token(testData.user(Role.PROGRAM_MANAGER));
        HttpResponse<String> nul = get("/api/engagements?q=%00", token);
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(nul.body()).contains("\"parameter\":\"q\"", "control characters").doesNotContain("Exception");

        HttpResponse<String> phase = get("/api/engagements?phase=" + query("<script>alert(1)</script>"), token);
        assertThat(phase.statusCode()).isEqualTo(400);
        assertThat(phase.body()).contains("\"parameter\":\"phase\"", "DISCOVERY").doesNotContain("script");

        HttpResponse<String> limit = get("/api/engagements?limit=2147483648", token);
        assertThat(limit.body()).contains("\"parameter\":\"limit\"").doesNotContain("2147483648");
    }

    private static boolean showsStackTrace(String body) {
        return body.contains("Exception") || body.contains("\tat ") || body.contains(".java:")
                || body.contains("\"trace\"");
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String path(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String token(UserAccount user) {
        ApiToken.Issued issued = ApiToken.issue(user.id(), "corpus", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(issued.token());
        return issued.plain();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
