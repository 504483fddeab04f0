package com.fasttrack.portal.portfolio.ui;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.health.service.HealthAssessor;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.html.Div;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DashboardsTest extends KaribuTest {

    @Autowired
    Blockers blockers;
    @Autowired
    HealthAssessor assessor;

    private Engagement red(UserAccount engineer, String title) {
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM), title,
                List.of(engineer), "SAP");
        blockers.save(Blocker.raise(engagement.id(), "VPN quota", "", Severity.CRITICAL, "Tom", null, null,
                Visibility.SHARED, engineer.id(), Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS),
                LocalDate.now()));
        assessor.reassess(engagement.id());
        return engagement;
    }

    @Test
    void theEngineersPortfolioShowsRedFirstWithItsCounts() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement green = testData.engagement(testData.customerOrganisation(Region.CANADA), "A green one",
                List.of(engineer), "SAP");
        assessor.reassess(green.id());
        Engagement red = red(engineer, "Z red one");
        login(engineer);
        navigate("");

        PortfolioHome home = _get(PortfolioHome.class);
        List<PortfolioRow> rows = _findAll(home.grid);
        assertThat(rows).extracting(PortfolioRow::id).containsExactly(red.id(), green.id());
        assertThat(rows.getFirst().healthReasons()).containsExactly("critical blocker 'VPN quota' open 5 days");
        assertThat(_get(Div.class, spec -> spec.withId("count-escalated-blockers")).getElement()
                .getTextRecursively()).startsWith("1");
        assertThat(_get(Div.class, spec -> spec.withId("count-red")).getElement().getTextRecursively())
                .startsWith("1");
        _assertNone(Div.class, spec -> spec.withId("distribution-charts"));
    }

    @Test
    void theProgramManagerSeesTheDistributionsAsCharts() {
        red(testData.user(Role.ENGINEER), TestData.unique("Red"));
        login(Role.PROGRAM_MANAGER);
        navigate("");
        Div charts = _get(Div.class, spec -> spec.withId("distribution-charts"));
        String svg = charts.getElement().toString();
        assertThat(svg).contains("<svg", "Engagements by phase", "Engagements by health", "Engagements by region",
                "Discovery", "Red");
    }

    @Test
    void theCustomerHomeShowsItsEngagementWithHealthReasonsAndBlockers() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Ours"),
                List.of(engineer), "SAP");
        blockers.save(Blocker.raise(engagement.id(), "Licences", "", Severity.HIGH, "Ada Sponsor", null, null,
                Visibility.SHARED, engineer.id(), Instant.now().truncatedTo(ChronoUnit.MICROS), LocalDate.now()));
        assessor.reassess(engagement.id());
        login(customer);
        navigate("");
        _assertOne(CustomerHome.class);
        String text = _get(CustomerHome.class).getElement().getTextRecursively();
        assertThat(text).contains(engagement.title(), "Amber", "1 open blocker", "Licences (High) — asked of Ada Sponsor",
                "Next check-in", "Raise a blocker");
    }
}
