package com.fasttrack.portal.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PdfReportWriterTest {

    private final PdfReportWriter writer = new PdfReportWriter();

    @Test
    void sharedReportHasTheSectionsAndNamesButNoInternalNote() throws IOException {
        String text = text(render(ReportFixtures.report(Audience.SHARED)));

        assertThat(text).contains("Contoso Retail migration", "Health trend", "Phase progress",
                "Transition history", "Workloads", "Stakeholders", "Check-ins", "Blockers", "Partner matches",
                "Backlog progress", "FastTrack for Azure", "Solution enablement", "Amber",
                "check-in overdue by 3 days", "preview", "Escalated");
        assertThat(text).contains(ReportFixtures.ACCENTED, ReportFixtures.CJK, ReportFixtures.SHARED_SUMMARY);
        assertThat(text).doesNotContain(ReportFixtures.INTERNAL_NOTE, "Internal note", "PLANTED", "internal 2");
    }

    @Test
    void internalReportShowsTheInternalNoteLabelled() throws IOException {
        String text = text(render(ReportFixtures.report(Audience.INTERNAL)));

        assertThat(text).contains("Internal note: " + ReportFixtures.INTERNAL_NOTE, ReportFixtures.INTERNAL_BLOCKER,
                "INTERNAL: provider staff only");
    }

    @Test
    void emptyPartnerMatchesAndBacklogSaySo() throws IOException {
        String text = text(render(ReportFixtures.report(Audience.SHARED)));

        assertThat(text).contains("No partner matches yet", "No backlog yet");
    }

    @Test
    void everyPageHasTheHeaderAndItsPageNumber() throws IOException {
        byte[] pdf = render(ReportFixtures.report(Audience.SHARED, ReportFixtures.TITLE, 120, 60));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).as("page %d", page)
                        .contains("Page " + page + " of " + pages, ReportFixtures.TITLE + " · Tailwind Traders",
                                "Shared report");
            }
        }
    }

    @Test
    void fontsAreEmbeddedForLatinAndCjk() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(ReportFixtures.report(Audience.SHARED)))) {
            Set<String> fonts = new HashSet<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName());
                }
            }
            assertThat(fonts).anyMatch(name -> name.contains("DejaVuSans"))
                    .anyMatch(name -> name.contains("DroidSansFallback"));
        }
    }

    @Test
    void textFromTheDataIsEscaped() throws IOException {
        String title = "<b>Contoso</b> & \"Fabrikam\" </td></table><script>x</script> \u0001";
        String text = text(render(ReportFixtures.report(Audience.SHARED, title, 2, 1)));

        assertThat(text).contains("<b>Contoso</b> & \"Fabrikam\" </td></table><script>x</script>");
    }

    @Test
    void cjkHangulCombiningMarksAndRightToLeftScriptsSurviveIntoThePdf() throws IOException {
        String title = "渡辺 健 한국어 Cafe\u0301 Ñandu\u0303 שלום مرحبا";
        String text = Normalizer.normalize(text(render(ReportFixtures.report(Audience.SHARED, title, 1, 1))),
                Normalizer.Form.NFC);

        assertThat(text).contains("渡辺 健", "한국어", "Café", "Ñandũ");
        // drawn right to left: the text stripper reads them back in reading order
        assertThat(text).contains("שלום", "مرحبا").doesNotContain("םולש").doesNotContain("\uFFFD");
    }

    @Test
    void emojiAreDrawnFromTheSymbolFontAndNewerOnesFallBackVisibly() throws IOException {
        // U+1F680 (Unicode 6) is in Symbola; U+1F972 (Unicode 13) is in no embedded font
        String text = text(render(ReportFixtures.report(Audience.SHARED, "Go-live 🚀 party ✅ then 🥲", 1, 1)));

        assertThat(text).contains("Go-live 🚀 party ✅ then \uFFFD");
    }

    @Test
    void theTrendChartIsAnSvgWithAPointPerChange() {
        String svg = PdfReportWriter.trendSvg(ReportFixtures.trend(5));

        assertThat(svg).startsWith("<svg").contains("<polyline");
        assertThat(svg.split("<circle", -1)).hasSize(6);
    }

    @Test
    void noHealthHistorySaysSo() throws IOException {
        EngagementReport report = ReportFixtures.report(Audience.SHARED);
        EngagementReport withoutTrend = new EngagementReport(report.audience(), report.generatedAt(),
                report.generatedBy(), report.period(), report.title(), report.customer(), report.option(),
                report.phase(), report.status(), report.health(), report.phases(), report.transitions(),
                report.workloads(), report.stakeholders(), report.checkIns(), report.blockers(), List.of(),
                List.of(), List.of());

        assertThat(text(render(withoutTrend))).contains("No health history yet");
    }

    private byte[] render(EngagementReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines wrap wherever the layout breaks them
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
