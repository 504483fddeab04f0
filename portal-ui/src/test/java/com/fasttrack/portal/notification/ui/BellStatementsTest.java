package com.fasttrack.portal.notification.ui;

import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.notification.service.NotificationService;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.ScaleFixture;
import com.fasttrack.portal.testing.SqlStatements;

import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell (issue 14, decision 024): a page load reads only the unread count; its list, twenty notifications with
 * their engagements' titles, is read in one statement when the bell is opened, whatever the number of notifications.
 */
class BellStatementsTest extends KaribuTest {

    @Autowired
    SqlStatements sql;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Notifications notifications;

    @Test
    void aPageLoadCountsAndOpeningTheBellListsInOneStatement() {
        ScaleFixture data = ScaleFixture.create(testData, jdbc, notifications);
        login(data.customer());
        List<String> load = sql.statementsOf(() -> navigate(""));
        assertThat(load).filteredOn(statement -> statement.contains("from notification")).singleElement()
                .satisfies(statement -> assertThat(statement).startsWith("select count(*)"));
        NotificationBell bell = _get(NotificationBell.class);
        assertThat(_find(bell.list, NotificationItem.class)).isEmpty();

        // a click on the bell (in a browser one request more, with its account re-read)
        List<String> opened = sql.statementsOf(() -> _click(_get(Button.class,
                spec -> spec.withId("notification-bell"))));
        assertThat(opened).hasSize(1);
        assertThat(_find(bell.list, NotificationItem.class)).hasSize(NotificationService.LATEST);
    }
}
