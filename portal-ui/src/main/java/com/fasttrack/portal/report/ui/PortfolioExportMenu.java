package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.report.CsvReportWriter;
import com.fasttrack.portal.report.PortfolioReport;
import com.fasttrack.portal.report.XlsxReportWriter;
import com.fasttrack.portal.report.service.ReportService;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;

/** Export of the engineer's or program manager's portfolio: one row per engagement in scope. */
public final class PortfolioExportMenu extends Composite<MenuBar> {

    final MenuItem root;

    public PortfolioExportMenu(ReportService reports, ExportExecutor executor) {
        MenuBar bar = getContent();
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        bar.setId("portfolio-export-menu");
        root = bar.addItem("Export portfolio");
        root.getSubMenu().addItem("Excel workbook", click -> ExportMenu.open("Portfolio workbook",
                "portfolio-" + reports.today() + ".xlsx", (out, progress, cancelled) -> {
                    PortfolioReport report = reports.portfolioReport();
                    progress.accept(0.5);
                    new XlsxReportWriter().writePortfolio(report, out);
                }, executor));
        root.getSubMenu().addItem("CSV", click -> ExportMenu.open("Portfolio CSV",
                "portfolio-" + reports.today() + ".csv", (out, progress, cancelled) -> {
                    PortfolioReport report = reports.portfolioReport();
                    progress.accept(0.5);
                    new CsvReportWriter().writePortfolio(report, out);
                }, executor));
    }
}
