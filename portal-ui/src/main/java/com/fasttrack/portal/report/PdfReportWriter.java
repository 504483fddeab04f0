package com.fasttrack.portal.report;

import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.report.EngagementReport.BlockerLine;
import com.fasttrack.portal.report.EngagementReport.CheckInLine;
import com.fasttrack.portal.report.EngagementReport.ChecklistLine;
import com.fasttrack.portal.report.EngagementReport.MatchLine;
import com.fasttrack.portal.report.EngagementReport.PhaseProgress;
import com.fasttrack.portal.report.EngagementReport.ReleaseProgress;
import com.fasttrack.portal.report.EngagementReport.StakeholderLine;
import com.fasttrack.portal.report.EngagementReport.TransitionLine;
import com.fasttrack.portal.report.EngagementReport.TrendPoint;
import com.fasttrack.portal.report.EngagementReport.WorkloadLine;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders an engagement report to PDF from an XHTML/CSS template (openhtmltopdf): a title page, then the sections,
 * with a header and a "page N of M" footer on every page. Fonts are embedded (subset) so names in any Latin script,
 * Hebrew, Arabic, Chinese, Japanese and Korean render; right-to-left words read right to left. Every piece of text is escaped before it goes into the markup.
 */
public final class PdfReportWriter {

    private static final String LATIN = "DejaVu Sans";
    private static final String CJK = "Droid Sans Fallback";
    private static final String HANGUL = "NanumGothic";
    /** Monochrome emoji and symbols (Unicode 9): PDF fonts cannot embed colour emoji. */
    private static final String EMOJI = "Symbola";
    /** Drawn for a character no embedded font has (emoji newer than Unicode 9): visibly missing, never dropped. */
    private static final String MISSING = "\uFFFD";
    private static final JdkBidi BIDI = new JdkBidi();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private static final String CSS = """
            @page {
              size: A4;
              margin: 24mm 18mm 22mm 18mm;
              @top-left { content: element(header); }
              @bottom-left { content: element(footer); }
              @bottom-right { content: "Page " counter(page) " of " counter(pages);
                              font-family: 'DejaVu Sans'; font-size: 8pt; color: #5f6b7a; }
            }
            body { font-family: 'DejaVu Sans', 'Droid Sans Fallback', 'NanumGothic', 'Symbola'; font-size: 9.5pt; color: #1d2733;
                   line-height: 1.35; }
            #header { position: running(header); font-size: 8pt; color: #5f6b7a; width: 174mm;
                      border-bottom: 0.6pt solid #c9d1db; padding-bottom: 2mm; }
            #footer { position: running(footer); font-size: 8pt; color: #5f6b7a; }
            .internal-flag { color: #b3261e; font-weight: bold; }
            .cover { page-break-after: always; padding-top: 30mm; }
            .brand { font-size: 10pt; letter-spacing: 1pt; text-transform: uppercase; color: #0b5cad; }
            h1 { font-size: 26pt; margin: 4mm 0 2mm 0; color: #0f2a47; }
            .customer { font-size: 14pt; color: #3b4a5c; margin-bottom: 12mm; }
            h2 { font-size: 14pt; color: #0f2a47; border-bottom: 1pt solid #0b5cad; padding-bottom: 1mm;
                 margin: 8mm 0 3mm 0; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
            table { width: 100%; border-collapse: collapse; }
            th { text-align: left; font-size: 8.5pt; color: #3b4a5c; background: #eef2f6;
                 border-bottom: 0.8pt solid #c9d1db; padding: 1.5mm; }
            td { vertical-align: top; padding: 1.3mm 1.5mm; border-bottom: 0.4pt solid #e1e6ec; }
            tr { page-break-inside: avoid; }
            thead { display: table-header-group; }
            table.facts td.key { width: 42mm; color: #5f6b7a; }
            .pill { color: #ffffff; font-weight: bold; padding: 0.5mm 2.5mm; border-radius: 2mm; }
            .GREEN { background-color: #2e7d32; }
            .AMBER { background-color: #e0a000; }
            .RED { background-color: #c62828; }
            .ON_TRACK { color: #2e7d32; font-weight: bold; }
            .AT_RISK { color: #a06a00; font-weight: bold; }
            .OFF_TRACK { color: #c62828; font-weight: bold; }
            .badge { font-size: 7.5pt; color: #6a3d9a; border: 0.6pt solid #6a3d9a; padding: 0 1.2mm; }
            .escalated { color: #c62828; font-weight: bold; }
            .muted { color: #5f6b7a; }
            .empty { color: #5f6b7a; font-style: italic; }
            .note { margin-top: 1mm; padding: 1mm 2mm; background: #fdecea; border-left: 2pt solid #b3261e; }
            .note-label { color: #b3261e; font-weight: bold; }
            .note-text { color: #7a1c16; }
            .done { color: #2e7d32; }
            .todo { color: #8a96a3; }
            .chart { margin: 2mm 0; }
            .entry { border-left: 2pt solid #c9d1db; padding: 0.5mm 0 0.5mm 3mm; margin: 0;
                     border-bottom: 2mm solid #ffffff;
                     page-break-inside: avoid; }
            .entry.open { border-left-color: #e0a000; }
            """;

    private static final byte[] DEJAVU = load("fonts/DejaVuSans.ttf");
    private static final byte[] DEJAVU_BOLD = load("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] DROID = load("fonts/DroidSansFallbackFull.ttf");
    private static final byte[] NANUM = load("fonts/NanumGothic.ttf");
    private static final byte[] SYMBOLA = load("fonts/Symbola.ttf");

    public void write(EngagementReport report, OutputStream out) {
        String html = html(report);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(DEJAVU), LATIN, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(DEJAVU_BOLD), LATIN, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(DROID), CJK, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(NANUM), HANGUL, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(SYMBOLA), EMOJI, 400, FontStyle.NORMAL, true);
            builder.useReplacementText(MISSING);
            builder.useUnicodeBidiSplitter(BIDI);
            builder.useUnicodeBidiReorderer(BIDI);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XHTML the PDF is rendered from; package-private so a test can check the escaping. */
    String html(EngagementReport report) {
        Html h = new Html(64 * 1024 + report.checkIns().size() * 400 + report.blockers().size() * 400);
        h.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>")
                .text(report.title()).raw("</title>")
                .raw("<meta name=\"author\" content=\"").text(report.generatedBy()).raw("\"/>")
                .raw("<meta name=\"subject\" content=\"Engagement report: ").text(report.customer()).raw("\"/>")
                .raw("<style>").raw(CSS).raw("</style></head><body>");
        runningHeaderAndFooter(h, report);
        cover(h, report);
        healthTrend(h, report);
        phases(h, report);
        workloads(h, report);
        stakeholders(h, report);
        checkIns(h, report);
        blockers(h, report);
        partnerMatches(h, report);
        backlog(h, report);
        h.raw("</body></html>");
        return h.toString();
    }

    private static void runningHeaderAndFooter(Html h, EngagementReport report) {
        h.raw("<div id=\"header\">").text(report.title()).raw(" · ").text(report.customer());
        if (report.internal()) {
            h.raw(" · <span class=\"internal-flag\">INTERNAL: provider staff only</span>");
        }
        h.raw("</div>");
        h.raw("<div id=\"footer\">").text(report.audience() == Audience.INTERNAL ? "Internal report" : "Shared report")
                .raw(" · generated ").text(TIMESTAMP.format(report.generatedAt())).raw("</div>");
    }

    private static void cover(Html h, EngagementReport report) {
        h.raw("<div class=\"cover\"><div class=\"brand\">FastTrack Engagement Portal · Engagement report</div>");
        h.raw("<h1>").text(report.title()).raw("</h1>");
        h.raw("<div class=\"customer\">").text(report.customer()).raw("</div>");
        if (report.internal()) {
            h.raw("<p class=\"note\"><span class=\"note-label\">Internal report.</span> Contains internal notes "
                    + "and internal blockers; for the provider's staff only. Do not forward to the customer or "
                    + "partners.</p>");
        }
        h.raw("<table class=\"facts\">");
        fact(h, "Customer", report.customer());
        fact(h, "Partnership option", report.option());
        fact(h, "Phase", report.phase());
        fact(h, "Status", report.status());
        h.raw("<tr><td class=\"key\">Health</td><td>");
        pill(h, report.health().colour());
        h.raw(" <span class=\"muted\">score ").text(String.valueOf(report.health().score())).raw(" / 100");
        if (report.health().overridden()) {
            h.raw(" · set by an engineer");
        }
        h.raw("</span>");
        if (report.health().reasons().isEmpty()) {
            h.raw("<div class=\"muted\">No warning signals.</div>");
        } else {
            h.raw("<ul>");
            report.health().reasons().forEach(reason -> h.raw("<li>").text(reason).raw("</li>"));
            h.raw("</ul>");
        }
        h.raw("</td></tr>");
        fact(h, "Period covered", date(report.period().from()) + " – " + date(report.period().to()));
        fact(h, "Generated at", TIMESTAMP.format(report.generatedAt()));
        fact(h, "Generated by", report.generatedBy());
        fact(h, "Audience", report.internal() ? "Internal (provider staff)" : "Shared (customer and partners)");
        h.raw("</table></div>");
    }

    private static void healthTrend(Html h, EngagementReport report) {
        h.raw("<h2>Health trend</h2>");
        List<TrendPoint> points = report.trend();
        if (points.isEmpty()) {
            h.raw("<p class=\"empty\">No health history yet</p>");
            return;
        }
        h.raw("<div class=\"chart\">").raw(trendSvg(points)).raw("</div>");
        TrendPoint first = points.getFirst();
        TrendPoint last = points.getLast();
        h.raw("<p class=\"muted\">Score 0–100 (higher is healthier) from ").text(date(first.at()))
                .raw(" to ").text(date(last.at())).raw("; ").text(String.valueOf(points.size()))
                .raw(points.size() == 1 ? " recorded change" : " recorded changes").raw(". Now: ")
                .text(last.colour().label()).raw(".</p>");
    }

    /** A small line chart of the score with dots in each point's colour; inline SVG drawn by Batik. */
    static String trendSvg(List<TrendPoint> points) {
        int width = 500;
        int height = 130;
        int left = 28;
        int right = 10;
        int top = 8;
        int bottom = 10;
        double plotWidth = width - left - right;
        double plotHeight = height - top - bottom;
        long start = points.getFirst().at().getEpochSecond();
        long span = Math.max(1, points.getLast().at().getEpochSecond() - start);
        StringBuilder svg = new StringBuilder(2048 + points.size() * 80);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">");
        for (int score = 0; score <= 100; score += 50) {
            double y = top + plotHeight * (1 - score / 100.0);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d5dce4\" stroke-width=\"0.8\"/>",
                    left, y, width - right, y));
        }
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (TrendPoint point : points) {
            double x = points.size() == 1 ? left + plotWidth / 2
                    : left + plotWidth * (point.at().getEpochSecond() - start) / span;
            double y = top + plotHeight * (1 - Math.clamp(point.score(), 0, 100) / 100.0);
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y,
                    colour(point.colour())));
        }
        svg.append("<polyline fill=\"none\" stroke=\"#0b5cad\" stroke-width=\"1.5\" points=\"")
                .append(line.toString().strip()).append("\"/>").append(dots).append("</svg>");
        return svg.toString();
    }

    private static void phases(Html h, EngagementReport report) {
        h.raw("<h2>Phase progress</h2>");
        for (PhaseProgress phase : report.phases()) {
            h.raw("<h3>").text(phase.phase());
            if (phase.current()) {
                h.raw(" <span class=\"badge\">current</span>");
            }
            h.raw(" <span class=\"muted\">").text(phase.done() + " of " + phase.items().size() + " done");
            if (phase.plannedEnd() != null) {
                h.raw(" · planned end ").text(date(phase.plannedEnd()));
            }
            h.raw("</span></h3><table>");
            for (ChecklistLine item : phase.items()) {
                h.raw("<tr><td style=\"width: 6mm\" class=\"").raw(item.done() ? "done\">✓" : "todo\">○")
                        .raw("</td><td>").text(item.label()).raw("</td></tr>");
            }
            h.raw("</table>");
        }
        h.raw("<h3>Transition history</h3>");
        if (report.transitions().isEmpty()) {
            h.raw("<p class=\"empty\">No phase transitions yet</p>");
            return;
        }
        h.raw("<table><thead><tr><th>When</th><th>From</th><th>To</th><th>By</th><th>Reason</th></tr></thead>"
                + "<tbody>");
        for (TransitionLine t : report.transitions()) {
            h.raw("<tr><td>").text(TIMESTAMP.format(t.at())).raw("</td><td>").text(t.from()).raw("</td><td>")
                    .text(t.to()).raw("</td><td>").text(t.by()).raw("</td><td>");
            if (t.override()) {
                h.raw("<span class=\"badge\">gate overridden</span> ");
            }
            h.text(t.reason() == null ? "" : t.reason()).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }

    private static void workloads(Html h, EngagementReport report) {
        h.raw("<h2>Workloads</h2>");
        if (report.workloads().isEmpty()) {
            h.raw("<p class=\"empty\">No workloads chosen yet</p>");
            return;
        }
        h.raw("<ul>");
        for (WorkloadLine workload : report.workloads()) {
            h.raw("<li>").text(workload.name());
            if (workload.preview()) {
                h.raw(" <span class=\"badge\">preview</span>");
            }
            h.raw("</li>");
        }
        h.raw("</ul>");
    }

    private static void stakeholders(Html h, EngagementReport report) {
        h.raw("<h2>Stakeholders</h2>");
        if (report.stakeholders().isEmpty()) {
            h.raw("<p class=\"empty\">No stakeholders named yet</p>");
            return;
        }
        h.raw("<table><thead><tr><th>Name</th><th>Role</th><th>E-mail</th></tr></thead><tbody>");
        for (StakeholderLine s : report.stakeholders()) {
            h.raw("<tr><td>").text(s.name()).raw("</td><td>").text(s.role()).raw("</td><td>")
                    .text(s.email() == null ? "" : s.email()).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }

    // check-ins and blockers can run into thousands: blocks lay out far faster than table rows in openhtmltopdf
    private static void checkIns(Html h, EngagementReport report) {
        h.raw("<h2>Check-ins</h2>");
        if (report.checkIns().isEmpty()) {
            h.raw("<p class=\"empty\">No check-ins yet</p>");
            return;
        }
        for (CheckInLine c : report.checkIns()) {
            h.raw("<div class=\"entry\"><b>").text(date(c.date())).raw("</b> · ").text(c.kind())
                    .raw(" · <span class=\"").raw(c.onTrack().name()).raw("\">").text(c.onTrack().label())
                    .raw("</span><br/>").text(c.sharedSummary());
            // the model already holds no internal note for a shared report; checking the audience again is cheap
            if (report.internal() && c.internalNote() != null) {
                // inline rather than a block of its own: thousands of extra blocks cost layout time and heap
                h.raw("<br/><span class=\"note-label\">Internal note: </span><span class=\"note-text\">")
                        .text(c.internalNote()).raw("</span>");
            }
            h.raw("</div>");
        }
    }

    private static void blockers(Html h, EngagementReport report) {
        h.raw("<h2>Blockers</h2>");
        if (report.blockers().isEmpty()) {
            h.raw("<p class=\"empty\">No blockers</p>");
            return;
        }
        long open = report.blockers().stream().filter(b -> b.status().isOpen()).count();
        long escalated = report.blockers().stream().filter(BlockerLine::escalated).count();
        h.raw("<p class=\"muted\">").text(open + " open, " + escalated + " escalated, "
                + (report.blockers().size() - open) + " closed. Open blockers first.").raw("</p>");
        for (BlockerLine b : report.blockers()) {
            h.raw("<div class=\"entry ").raw(b.status().isOpen() ? "open" : "closed").raw("\"><b>")
                    .text(b.title()).raw("</b>");
            if (b.escalated()) {
                h.raw(" <span class=\"escalated\">Escalated</span>");
            }
            if (report.internal() && b.visibility() == com.fasttrack.portal.shared.Visibility.INTERNAL) {
                h.raw(" <span class=\"note-label\">Internal</span>");
            }
            h.raw("<br/><span class=\"muted\">").text(b.severity().label()).raw(" · ").text(b.status().label())
                    .raw(" · owner ").text(b.owner()).raw(" · raised ").text(date(b.raisedOn())).raw(", ")
                    .text(b.ageInDays() + (b.ageInDays() == 1 ? " day" : " days") + " ago");
            if (b.dueDate() != null) {
                h.raw(" · due ").text(date(b.dueDate()));
            }
            h.raw("</span>");
            if (!b.resolution().isBlank()) {
                h.raw("<br/>Resolution: ").text(b.resolution());
            }
            h.raw("</div>");
        }
    }

    private static void partnerMatches(Html h, EngagementReport report) {
        h.raw("<h2>Partner matches</h2>");
        if (report.partnerMatches().isEmpty()) {
            h.raw("<p class=\"empty\">No partner matches yet</p>");
            return;
        }
        h.raw("<table><thead><tr><th>Partner</th><th>Type</th><th>State</th><th>Score</th></tr></thead><tbody>");
        for (MatchLine m : report.partnerMatches()) {
            h.raw("<tr><td>").text(m.partner()).raw("</td><td>").text(m.partnerType()).raw("</td><td>")
                    .text(m.state()).raw("</td><td>").text(String.valueOf(m.score())).raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }

    private static void backlog(Html h, EngagementReport report) {
        h.raw("<h2>Backlog progress</h2>");
        if (report.backlog().isEmpty()) {
            h.raw("<p class=\"empty\">No backlog yet</p>");
            return;
        }
        h.raw("<table><thead><tr><th>Release</th><th>Items</th><th>Done</th><th>Progress</th></tr></thead><tbody>");
        for (ReleaseProgress r : report.backlog()) {
            h.raw("<tr><td>").text(r.release()).raw("</td><td>").text(String.valueOf(r.items())).raw("</td><td>")
                    .text(String.valueOf(r.done())).raw("</td><td>")
                    .text(Math.round(r.completion() * 100) + " %").raw("</td></tr>");
        }
        h.raw("</tbody></table>");
    }

    private static void fact(Html h, String key, String value) {
        h.raw("<tr><td class=\"key\">").text(key).raw("</td><td>").text(value).raw("</td></tr>");
    }

    private static void pill(Html h, HealthColour colour) {
        h.raw("<span class=\"pill ").raw(colour.name()).raw("\">").text(colour.label()).raw("</span>");
    }

    private static String colour(HealthColour colour) {
        return switch (colour) {
            case GREEN -> "#2e7d32";
            case AMBER -> "#e0a000";
            case RED -> "#c62828";
        };
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String date(Instant instant) {
        return DATE.format(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfReportWriter.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Markup under construction: raw() for the template, text() for anything that came from data. */
    static final class Html {
        private final StringBuilder out;

        Html(int capacity) {
            out = new StringBuilder(capacity);
        }

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        Html text(@Nullable String text) {
            if (text == null) {
                return this;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    case '\'' -> out.append("&#39;");
                    case '\n' -> out.append("<br/>");
                    default -> {
                        // characters XML 1.0 forbids would make the whole document unparseable
                        if (c >= 0x20 || c == '\t' || c == '\r') {
                            if (c != 0xFFFE && c != 0xFFFF) {
                                out.append(c);
                            }
                        }
                    }
                }
            }
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
