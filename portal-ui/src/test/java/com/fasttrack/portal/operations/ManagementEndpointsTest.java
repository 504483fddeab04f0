package com.fasttrack.portal.operations;

import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator answers on its own port: health for anyone (status only, as a load balancer needs it), info with the
 * build and the commit, and the Prometheus scrape; on the users' port none of it but health leaks out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class ManagementEndpointsTest {

    @Value("${local.server.port}")
    int port;
    @Value("${local.management.port}")
    int managementPort;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theProbesAnswerAnyoneWithTheirStatusOnly() throws Exception {
        for (String probe : new String[]{"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = get(managementPort, probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        assertThat(get(managementPort, "/actuator/health").body()).doesNotContain("components", "details");
    }

    @Test
    void infoNamesTheBuildAndTheCommit() throws Exception {
        HttpResponse<String> info = get(managementPort, "/actuator/info");

        assertThat(info.statusCode()).isEqualTo(200);
        assertThat(info.body()).contains("\"artifact\":\"portal-ui\"", "\"version\":\"0.1.0-SNAPSHOT\"");
        // a build outside a git checkout has no git.properties (the plugin does not fail it); this one has
        Properties git = classpathProperties("git.properties");
        assertThat(git.getProperty("git.commit.id.abbrev")).as("git.properties of this build").isNotBlank();
        assertThat(info.body()).contains("\"commit\"", git.getProperty("git.commit.id.abbrev"));
    }

    @Test
    void prometheusScrapesOnTheManagementPortOnly() throws Exception {
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("portal_sign_ins_total", "jvm_memory_used_bytes");

        for (String path : new String[]{"/actuator/prometheus", "/actuator/info", "/actuator/env"}) {
            HttpResponse<String> onUsersPort = get(port, path);
            // the users' port has no actuator: the portal sends a stranger to its login page
            assertThat(onUsersPort.statusCode()).as(path).isIn(302, 401, 403, 404);
            if (onUsersPort.statusCode() == 302) {
                assertThat(onUsersPort.headers().firstValue("Location")).as(path).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/login"));
            }
            assertThat(onUsersPort.body()).as(path).doesNotContain("portal_", "jvm_", "commit");
        }
        HttpResponse<String> unexposed = get(managementPort, "/actuator/env");
        assertThat(unexposed.statusCode()).as("not exposed").isNotEqualTo(200);
        assertThat(unexposed.body()).as("not exposed").doesNotContain("propertySources");
    }

    private HttpResponse<String> get(int onPort, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + onPort + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Properties classpathProperties(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ManagementEndpointsTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties;
    }
}
