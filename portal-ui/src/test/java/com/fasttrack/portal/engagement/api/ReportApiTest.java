package com.fasttrack.portal.engagement.api;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports over the API: the same scope as the screens, and never internal content for a customer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class ReportApiTest {

    private static final String NOTE = "PLANTED-INTERNAL-NOTE";
    private static final String BLOCKER = "PLANTED-INTERNAL-BLOCKER";

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestData testData;
    @Autowired
    ApiTokens tokens;
    @Autowired
    CheckIns checkIns;
    @Autowired
    Blockers blockers;

    private final HttpClient http = HttpClient.newHttpClient();
    private UserAccount customer;
    private UserAccount engineer;
    private Engagement engagement;

    @BeforeEach
    void data() {
        customer = testData.user(Role.CUSTOMER);
        engineer = testData.user(Role.ENGINEER);
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Report"),
                List.of(engineer), "SAP");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        checkIns.save(CheckIn.record(engagement.id(), LocalDate.now(), CheckInKind.STATUS, List.of(),
                "Shared summary for Zoë Ångström and 渡辺", NOTE, OnTrack.AT_RISK, "", "", null, engagement.cadence(),
                engineer.id(), now));
        blockers.save(Blocker.raise(engagement.id(), BLOCKER, "", Severity.CRITICAL, "Priya", null, null,
                Visibility.INTERNAL, engineer.id(), now, LocalDate.now()));
        blockers.save(Blocker.raise(engagement.id(), "Shared blocker", "", Severity.LOW, "Tom", null, null,
                Visibility.SHARED, engineer.id(), now, LocalDate.now()));
    }

    private String token(UserAccount user) {
        ApiToken.Issued issued = ApiToken.issue(user.id(), "t", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(issued.token());
        return issued.plain();
    }

    private HttpResponse<byte[]> get(String path, UserAccount user) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(user)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('|');
                    }
                }
            }
        }
        return text.toString();
    }

    @Test
    void aCustomersPdfXlsxAndCsvNeverContainTheInternalNoteOrBlocker() throws Exception {
        String base = "/api/engagements/" + engagement.id();
        HttpResponse<byte[]> pdf = get(base + "/report.pdf", customer);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
        String text = pdfText(pdf.body());
        assertThat(text).contains(engagement.title(), "Shared blocker").doesNotContain(NOTE, BLOCKER);

        String workbook = xlsxText(get(base + "/report.xlsx", customer).body());
        assertThat(workbook).contains("Shared summary").doesNotContain(NOTE, BLOCKER);

        for (String table : List.of("summary", "check-ins", "blockers")) {
            String csv = new String(get(base + "/report.csv?table=" + table, customer).body(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF").doesNotContain(NOTE, BLOCKER);
        }
    }

    @Test
    void aCustomerCannotAskForTheInternalAudience() throws Exception {
        HttpResponse<byte[]> internal = get("/api/engagements/" + engagement.id() + "/report.pdf?audience=internal",
                customer);
        assertThat(internal.statusCode()).isEqualTo(403);
        assertThat(new String(internal.body(), StandardCharsets.UTF_8)).doesNotContain(NOTE);
    }

    @Test
    void theEngineersInternalReportCarriesTheNoteLabelled() throws Exception {
        String text = pdfText(get("/api/engagements/" + engagement.id() + "/report.pdf?audience=internal", engineer)
                .body());
        assertThat(text).contains(NOTE, BLOCKER, "Internal");
        assertThat(pdfText(get("/api/engagements/" + engagement.id() + "/report.pdf", engineer).body()))
                .doesNotContain(NOTE, BLOCKER);
    }

    @Test
    void aPartnerNotEngagedOnTheEngagementGetsNotFound() throws Exception {
        UserAccount partner = testData.user(Role.PARTNER);
        assertThat(get("/api/engagements/" + engagement.id() + "/report.pdf", partner).statusCode()).isEqualTo(404);
        assertThat(get("/api/engagements/" + engagement.id() + "/report.xlsx", partner).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherCustomersReportIsNotFound() throws Exception {
        UserAccount stranger = testData.user(Role.CUSTOMER);
        assertThat(get("/api/engagements/" + engagement.id() + "/report.pdf", stranger).statusCode()).isEqualTo(404);
        assertThat(get("/api/engagements/" + java.util.UUID.randomUUID() + "/report.csv", stranger).statusCode())
                .isEqualTo(404);
    }
}
