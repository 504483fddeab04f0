package com.fasttrack.portal.home.ui;

import com.fasttrack.portal.home.service.HomeService;
import com.fasttrack.portal.home.service.HomeSummary;
import com.fasttrack.portal.portfolio.service.DashboardService;
import com.fasttrack.portal.portfolio.ui.CustomerHome;
import com.fasttrack.portal.portfolio.ui.PortfolioHome;
import com.fasttrack.portal.report.service.ReportService;
import com.fasttrack.portal.report.ui.ExportExecutor;
import com.fasttrack.portal.report.ui.PortfolioExportMenu;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The page every signed-in user lands on: the customer's engagements, or the engineer's and PM's portfolio. */
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@Route("")
@PageTitle("Home · FastTrack Engagement Portal")
@PermitAll
public class HomeView extends Div {

    HomeView(HomeService homeService, DashboardService dashboards, ReportService reports, ExportExecutor exports) {
        addClassName("ft-page");
        setId("home");
        HomeSummary summary = homeService.summary();
        H2 greeting = new H2("Welcome, " + summary.displayName());
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(intro(summary)));
        switch (summary.role()) {
            case CUSTOMER, PARTNER -> add(new CustomerHome(dashboards.customerHome(), dashboards.today()));
            case ENGINEER, PROGRAM_MANAGER -> add(new PortfolioExportMenu(reports, exports),
                    new PortfolioHome(dashboards.portfolio(), dashboards.today()));
        }
    }

    private static String intro(HomeSummary summary) {
        return switch (summary.role()) {
            case CUSTOMER -> "Follow " + summary.organisationName()
                    + "'s migration engagements with the FastTrack team: phases, check-ins and blockers.";
            case PARTNER -> "See the engagements " + summary.organisationName()
                    + " works on and the backlog items assigned to you.";
            case ENGINEER -> "Your engagements, worst health first: record check-ins, remove blockers, move phases.";
            case PROGRAM_MANAGER -> "All running engagements, worst health first, and how the portfolio is spread.";
        };
    }
}
