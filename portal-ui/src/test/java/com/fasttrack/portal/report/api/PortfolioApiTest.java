package com.fasttrack.portal.report.api;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio export over the API: the engineer's own engagements, nothing for customers, a clear 400. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class PortfolioApiTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestData testData;
    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, UserAccount user) throws Exception {
        ApiToken.Issued issued = ApiToken.issue(user.id(), "t", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(issued.token());
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + issued.plain()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> titles(byte[] xlsx) throws Exception {
        List<String> titles = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                row.forEach(cell -> titles.add(cell.toString()));
            }
        }
        return titles;
    }

    @Test
    void anEngineersWorkbookHoldsItsOwnEngagementsAndNoOneElses() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement mine = testData.engagement(testData.organisationOf(customer), TestData.unique("Portfolio mine"),
                List.of(engineer), "SAP");
        Engagement other = testData.engagement(testData.organisationOf(customer), TestData.unique("Portfolio other"),
                List.of(testData.user(Role.ENGINEER)), "SAP");

        HttpResponse<byte[]> xlsx = get("/api/portfolio/report.xlsx", engineer);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains("portfolio-", ".xlsx");
        assertThat(titles(xlsx.body())).contains(mine.title()).doesNotContain(other.title());
        String csv = new String(get("/api/portfolio/report.csv", engineer).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains(mine.title()).doesNotContain(other.title());
    }

    @Test
    void customersAndPartnersAreRefusedAndAnUnknownFormatIsABadRequest() throws Exception {
        assertThat(get("/api/portfolio/report.xlsx", testData.user(Role.CUSTOMER)).statusCode()).isEqualTo(403);
        assertThat(get("/api/portfolio/report.xlsx", testData.user(Role.PARTNER)).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> pdf = get("/api/portfolio/report.pdf", testData.user(Role.ENGINEER));
        assertThat(pdf.statusCode()).isEqualTo(400);
        assertThat(new String(pdf.body(), StandardCharsets.UTF_8)).contains("format");
    }
}
