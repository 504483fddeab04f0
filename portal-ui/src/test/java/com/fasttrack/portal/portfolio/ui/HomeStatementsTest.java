package com.fasttrack.portal.portfolio.ui;

import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.ScaleFixture;
import com.fasttrack.portal.testing.SqlStatements;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role's home costs a fixed number of statements whatever the number of engagements (issue 14, decision 024):
 * its figures, distributions and cards are aggregates computed in SQL, never one read per row. Every home starts with
 * the account re-read (decision 012) and the bell's unread count; over the 40 engagements of the fixture (ten of them
 * a customer's and a partner's cards, each with blockers and check-ins) an N+1 would add ten or more.
 */
class HomeStatementsTest extends KaribuTest {

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
        // every engagement of the first customer (the partner's too) gets open blockers and check-ins
        data.engagements().stream().filter(e -> data.engagements().indexOf(e) % 4 == 0).forEach(engagement -> {
            for (int i = 0; i < 3; i++) {
                jdbc.update("""
                        insert into blocker (id, version, engagement_id, title, description, severity, owner, raised_by,
                                             raised_at, status, visibility)
                        values (gen_random_uuid(), 0, ?, ?, '', 'HIGH', 'Ada', ?, now(), 'OPEN', 'SHARED')""",
                        engagement.id().value(), "Blocker " + i, data.engineer().id().value());
                jdbc.update("""
                        insert into check_in (id, version, engagement_id, check_in_date, kind, shared_summary, on_track,
                                              next_check_in, recorded_by, recorded_at)
                        values (gen_random_uuid(), 0, ?, current_date - ?, 'STATUS', ?, 'ON_TRACK', current_date + 7, ?,
                                ?)""",
                        engagement.id().value(), i, "Summary " + i, data.engineer().id().value(),
                        java.sql.Timestamp.from(Instant.now()));
            }
        });
    }

    /** A fresh page load of the location, as a browser's: a new UI, its layout and the view. */
    private List<String> load(String location) {
        navigate(location);
        return sql.statementsOf(() -> {
            UI.getCurrent().getPage().reload();
            MockVaadin.clientRoundtrip(false);
        });
    }

    @Test
    void theProgramManagersHomeIsFiveStatements() {
        login(Role.PROGRAM_MANAGER);
        // account, unread count, the distributions (one grouping-sets statement), the counts, the first rows
        assertThat(load("")).hasSize(5);
        assertThat(_get(PortfolioHome.class).getElement().toString()).contains("distribution-charts");
    }

    @Test
    void theEngineersHomeIsFourStatements() {
        login(data.engineer());
        // account, unread count, the counts, the first rows
        assertThat(load("")).hasSize(4);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(_get(PortfolioHome.class).grid))
                .isEqualTo(ScaleFixture.ENGAGEMENTS);
    }

    @Test
    void theCustomersHomeIsSixStatementsForTenCards() {
        login(data.customer());
        // account, unread count, the organisation's name, the cards' rows, their open blockers, their latest check-ins
        assertThat(load("")).hasSize(6);
        String text = _get(CustomerHome.class).getElement().getTextRecursively();
        assertThat(text).contains("Open blockers: 3", "Blocker 2 (High) — asked of Ada", "Summary 0");
        assertThat(_get(CustomerHome.class).getChildren().count()).isEqualTo(ScaleFixture.ENGAGEMENTS / 4);
    }

    @Test
    void thePartnersHomeIsSixStatementsForTenCards() {
        login(data.partner());
        // as a customer's: the partner sees the engagements it was accepted on
        assertThat(load("")).hasSize(6);
        assertThat(_get(CustomerHome.class).getChildren().count()).isEqualTo(ScaleFixture.ENGAGEMENTS / 4);
    }
}
