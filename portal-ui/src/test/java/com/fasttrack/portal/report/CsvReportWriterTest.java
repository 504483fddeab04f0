package com.fasttrack.portal.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportWriterTest {

    private final CsvReportWriter writer = new CsvReportWriter();

    @Test
    void startsWithAByteOrderMarkAndRoundTrips() throws IOException {
        EngagementReport report = ReportFixtures.report(Audience.INTERNAL);
        byte[] csv = bytes(out -> writer.writeCheckIns(report, out));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records.getFirst().values()).containsExactly("Date", "Kind", "On track", "Shared summary",
                "Next check-in", "Internal note");
        assertThat(records).hasSize(1 + report.checkIns().size());
        for (int i = 0; i < report.checkIns().size(); i++) {
            var line = report.checkIns().get(i);
            assertThat(records.get(i + 1).values()).containsExactly(line.date().toString(), line.kind(),
                    line.onTrack().label(), line.sharedSummary(), line.nextCheckIn().toString(),
                    line.internalNote());
        }
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() throws IOException {
        String tricky = "Wave 1, \"lift & shift\"\nthen ";
        EngagementReport report = ReportFixtures.report(Audience.SHARED, tricky + ReportFixtures.ACCENTED, 1, 1);
        List<CSVRecord> records = parse(bytes(out -> writer.writeSummary(report, out)));

        assertThat(records.get(1).values()).containsExactly("Engagement", tricky + ReportFixtures.ACCENTED);
    }

    @Test
    void formulaInjectionIsNeutralised() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
        EngagementReport report = ReportFixtures.report(Audience.SHARED, hyperlink, 1, 1);
        List<CSVRecord> records = parse(bytes(out -> writer.writeSummary(report, out)));

        assertThat(records.get(1).get(1)).isEqualTo("'" + hyperlink);
        assertThat(List.of("+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=1")).allSatisfy(text ->
                assertThat(CsvReportWriter.neutralise(text)).isEqualTo("'" + text));
        assertThat(CsvReportWriter.neutralise("Plain title")).isEqualTo("Plain title");
    }

    @Test
    void numbersAreNotPrefixed() throws IOException {
        PortfolioReport portfolio = ReportFixtures.portfolio(3);
        List<CSVRecord> records = parse(bytes(out -> writer.writePortfolio(portfolio, out)));

        assertThat(records).hasSize(4);
        List<String> headers = records.getFirst().toList();
        assertThat(records.get(2).get(headers.indexOf("Health score"))).isEqualTo("99");
        assertThat(records.get(2).get(headers.indexOf("Open blockers"))).isEqualTo("1");
        assertThat(records.get(1).get(headers.indexOf("Customer")))
                .isEqualTo(ReportFixtures.ACCENTED + " & " + ReportFixtures.CJK);
        assertThat(records.get(1).get(headers.indexOf("Next check-in"))).isEmpty();
        assertThat(records.get(2).get(headers.indexOf("Next check-in")))
                .isEqualTo(ReportFixtures.TODAY.plusDays(9).toString());
    }

    @Test
    void sharedCsvHasNoInternalNoteOrInternalBlocker() throws IOException {
        EngagementReport report = ReportFixtures.report(Audience.SHARED);
        String checkIns = new String(bytes(out -> writer.writeCheckIns(report, out)), StandardCharsets.UTF_8);
        String blockers = new String(bytes(out -> writer.writeBlockers(report, out)), StandardCharsets.UTF_8);

        assertThat(checkIns).doesNotContain("PLANTED", "Internal note");
        assertThat(blockers).doesNotContain("PLANTED", "Visibility").contains("Firewall change 1");
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
            return parser.getRecords();
        }
    }

    private static byte[] bytes(java.util.function.Consumer<ByteArrayOutputStream> write) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write.accept(out);
        return out.toByteArray();
    }
}
