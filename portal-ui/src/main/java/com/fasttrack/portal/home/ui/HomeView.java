package com.fasttrack.portal.home.ui;

import com.fasttrack.portal.MainLayout;
import com.fasttrack.portal.home.service.HomeService;
import com.fasttrack.portal.home.service.HomeSummary;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The page every signed-in user lands on; what it shows depends on the role. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · FastTrack Engagement Portal")
@PermitAll
public class HomeView extends Div {

    HomeView(HomeService homeService) {
        addClassName("ft-page");
        setId("home");
        HomeSummary summary = homeService.summary();
        H2 greeting = new H2("Welcome, " + summary.displayName());
        greeting.setId("home-greeting");
        add(greeting, new Paragraph(intro(summary)));
    }

    private static String intro(HomeSummary summary) {
        return switch (summary.role()) {
            case CUSTOMER -> "Follow " + summary.organisationName()
                    + "'s migration engagements with the FastTrack team: phases, check-ins and blockers.";
            case PARTNER -> "See the engagements " + summary.organisationName()
                    + " works on and the backlog items assigned to you.";
            case ENGINEER -> "Your engagements: record check-ins and blockers and move them through their phases.";
            case PROGRAM_MANAGER -> "All engagements, organisations, users and the partner directory.";
        };
    }
}
