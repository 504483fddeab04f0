package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.report.Audience;
import com.fasttrack.portal.report.CsvReportWriter;
import com.fasttrack.portal.report.EngagementReport;
import com.fasttrack.portal.report.PdfReportWriter;
import com.fasttrack.portal.report.ReportTable;
import com.fasttrack.portal.report.XlsxReportWriter;
import com.fasttrack.portal.report.service.ReportService;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

import java.util.List;

/**
 * The engagement page's Export menu: PDF, Excel and CSV, for the audiences the user may have (customers and
 * partners: shared only; staff: shared or internal).
 */
public final class ExportMenu extends Composite<MenuBar> {

    final MenuItem root;

    public ExportMenu(EngagementId id, String title, ReportService reports, ExportExecutor executor) {
        MenuBar bar = getContent();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        bar.setId("export-menu");
        root = bar.addItem("Export");
        SubMenu menu = root.getSubMenu();
        List<Audience> audiences = reports.audiences();
        for (Audience audience : audiences) {
            String suffix = audiences.size() > 1 ? " (" + audience.label().toLowerCase() + ")" : "";
            menu.addItem("PDF report" + suffix, click -> open("PDF report" + suffix,
                    ReportService.fileName(title, reports.today(), "pdf"),
                    (out, progress, cancelled) -> {
                        EngagementReport report = reports.engagementReport(id, audience);
                        progress.accept(0.4);
                        if (!cancelled.getAsBoolean()) {
                            new PdfReportWriter().write(report, out);
                        }
                    }, executor));
            menu.addItem("Excel workbook" + suffix, click -> open("Excel workbook" + suffix,
                    ReportService.fileName(title, reports.today(), "xlsx"),
                    (out, progress, cancelled) -> {
                        EngagementReport report = reports.engagementReport(id, audience);
                        progress.accept(0.4);
                        if (!cancelled.getAsBoolean()) {
                            new XlsxReportWriter().writeEngagement(report, out);
                        }
                    }, executor));
        }
        for (String table : List.of("Check-ins", "Blockers")) {
            menu.addItem("CSV: " + table.toLowerCase(), click -> open("CSV: " + table.toLowerCase(),
                    ReportService.fileName(title + " " + table, reports.today(), "csv"),
                    (out, progress, cancelled) -> {
                        EngagementReport report = reports.engagementReport(id, Audience.SHARED);
                        progress.accept(0.5);
                        ReportTable chosen = ReportTable.of(report).stream().filter(t -> t.name().equals(table))
                                .findFirst().orElseThrow();
                        new CsvReportWriter().write(chosen, out);
                    }, executor));
        }
    }

    MenuBar bar() {
        return getContent();
    }

    static void open(String title, String fileName, ExportTask task, ExportExecutor executor) {
        new ExportDialog(title, fileName, task, executor).open();
    }
}
