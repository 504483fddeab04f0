package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.ScaleFixture;
import com.fasttrack.portal.testing.SqlStatements;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engagements list costs the same three statements whatever the number of rows (issue 14, decision 024): the
 * account re-read of decision 012, the bell's unread count, and the list's one statement (page, total, workloads,
 * engineers). Each navigation is a fresh page load (a new UI, as a browser's), over 40 engagements of four
 * organisations with two workloads and two engineers each: one more statement per row or per page would show.
 */
class EngagementListStatementsTest extends KaribuTest {

    /** The account re-read (decision 012), the bell's unread count (layout) and the list's one statement. */
    static final int PAGE_LOAD = 3;

    @Autowired
    SqlStatements sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    ScaleFixture data;

    @BeforeEach
    void data() {
        data = ScaleFixture.create(testData, jdbc, notifications);
    }

    @Test
    void theProgramManagersListIsThreeStatementsPerNavigation() {
        login(Role.PROGRAM_MANAGER);
        assertEveryNavigation(ScaleFixture.ENGAGEMENTS);
    }

    @Test
    void theEngineersListIsThreeStatementsPerNavigation() {
        login(data.engineer());
        assertEveryNavigation(ScaleFixture.ENGAGEMENTS);
    }

    @Test
    void theCustomersListIsThreeStatementsPerNavigation() {
        login(data.customer());
        assertEveryNavigation(ScaleFixture.ENGAGEMENTS / 4);
    }

    @Test
    void thePartnersListIsThreeStatementsPerNavigation() {
        login(data.partner());
        assertEveryNavigation(ScaleFixture.ENGAGEMENTS / 4);
    }

    private void assertEveryNavigation(int visible) {
        // first page: at least the fixture's rows the user may see (a program manager sees other tests' rows too)
        List<EngagementSummary> first = load("engagements", PAGE_LOAD);
        assertThat(first).hasSizeGreaterThanOrEqualTo(Math.min(visible, 50));
        assertThat(first).filteredOn(row -> row.title().startsWith(data.tag()))
                .allSatisfy(row -> assertThat(row.engineers()).hasSize(2));

        List<EngagementSummary> phase = load("engagements?phase=SOLUTION_ENABLEMENT&q=" + data.tag(), PAGE_LOAD);
        assertThat(phase).isNotEmpty().allSatisfy(row -> {
            assertThat(row.phase().name()).isEqualTo("SOLUTION_ENABLEMENT");
            assertThat(row.workloads()).hasSize(2);
            assertThat(row.engineers()).hasSize(2);
        });

        List<EngagementSummary> text = load("engagements?q=" + data.tag(), PAGE_LOAD);
        assertThat(text).hasSize(visible);

        List<EngagementSummary> byGoal = load("engagements?q=" + data.tag() + " workload 1", PAGE_LOAD);
        assertThat(byGoal).isNotEmpty().allSatisfy(row -> assertThat(row.title()).startsWith(data.tag()));

        load("engagements?q=" + data.tag(), PAGE_LOAD);
        grid().sort(GridSortOrder.asc(grid().getColumnByKey("health")).build());
        List<EngagementSummary> sorted = loadSorted();
        assertThat(sorted).hasSize(visible);
        // worst first: the health score orders red before amber before green
        assertThat(sorted).extracting(row -> List.of("RED", "AMBER", "GREEN").indexOf(row.health().name()))
                .isSorted();
    }

    private Grid<EngagementSummary> grid() {
        return _get(EngagementsView.class).grid;
    }

    /** A fresh page load of the location, as a browser's: a new UI, its layout, the view and the grid's first page. */
    private List<EngagementSummary> load(String location, int expected) {
        navigate(location);
        List<String> statements = sql.statementsOf(() -> {
            UI.getCurrent().getPage().reload();
            MockVaadin.clientRoundtrip(false);
        });
        assertThat(statements).as("statements of %s", location).hasSize(expected);
        return rows();
    }

    /** A click on the health column's header: the grid asks again for its size and first page, one statement. */
    private List<EngagementSummary> loadSorted() {
        List<String> statements = sql.statementsOf(() -> MockVaadin.clientRoundtrip(false));
        assertThat(statements).as("statements of a sort").hasSize(1);
        return rows();
    }

    /** What the grid shows, read again through its provider (after the count: these are not what is measured). */
    private List<EngagementSummary> rows() {
        return GridKt._findAll(grid());
    }
}
