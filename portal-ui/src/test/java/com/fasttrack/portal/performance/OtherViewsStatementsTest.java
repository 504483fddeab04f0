package com.fasttrack.portal.performance;

import com.fasttrack.portal.engagement.ui.NewEngagementView;
import com.fasttrack.portal.engagement.ui.WorkloadCatalogueView;
import com.fasttrack.portal.notification.ui.NotificationPreferencesView;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.organisation.ui.OrganisationsView;
import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.ui.ApiTokensView;
import com.fasttrack.portal.security.ui.ChangePasswordView;
import com.fasttrack.portal.security.ui.SecurityLogView;
import com.fasttrack.portal.security.ui.UsersView;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.SqlStatements;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The N+1 guard of the views that are not the engagement's, the list's or the homes' (those have tests of their
 * own): each is opened on enough rows (organisations, users, tokens) that a query per row would show, and the
 * statements its navigation runs are counted. A bound is what the view needs today; a query per row breaks it.
 */
class OtherViewsStatementsTest extends KaribuTest {

    private static final int ROWS = 12;

    /**
     * Each view's statements: the layout's two (the signed-in account, the bell's unread count) and the view's own:
     * users (their count and page, their organisations in one batch, the locked ones in one batch), organisations
     * (count and page), the security log (count and page; no page when empty), the catalogue with its
     * availabilities (one statement), the new engagement form (its engineers and the first customers), tokens (one),
     * preferences (one), the password form (its account).
     */
    private static final Map<Class<? extends Component>, Integer> BOUNDS = Map.of(UsersView.class, 6,
            OrganisationsView.class, 4, SecurityLogView.class, 4, WorkloadCatalogueView.class, 3,
            NewEngagementView.class, 4, ApiTokensView.class, 3, NotificationPreferencesView.class, 3,
            ChangePasswordView.class, 3);

    @Autowired
    SqlStatements sql;
    @Autowired
    ApiTokens tokens;

    @BeforeEach
    void rows() {
        for (int i = 0; i < ROWS; i++) {
            testData.user(i % 2 == 0 ? Role.CUSTOMER : Role.PARTNER);
        }
        testData.customerOrganisation(Region.UNITED_KINGDOM);
    }

    private int statementsToOpen(Class<? extends Component> view) {
        var counted = sql.during(() -> {
            UI.getCurrent().navigate(view);
            // the response is written as in a real request: grids fetch their first page then
            MockVaadin.clientRoundtrip(false);
            return _get(view);
        });
        assertThat(counted.count()).as(view.getSimpleName() + ":\n  " + String.join("\n  ", counted.statements()))
                .isLessThanOrEqualTo(BOUNDS.get(view));
        return counted.count();
    }

    @Test
    void theProgramManagersAdministrationViews() {
        login(Role.PROGRAM_MANAGER);
        for (Class<? extends Component> view : List.of(UsersView.class, OrganisationsView.class, SecurityLogView.class,
                WorkloadCatalogueView.class, NewEngagementView.class)) {
            assertThat(statementsToOpen(view)).as(view.getSimpleName()).isPositive();
        }
    }

    @Test
    void everyUsersOwnViews() {
        UserAccount customer = login(Role.CUSTOMER);
        for (int i = 0; i < ROWS; i++) {
            tokens.save(ApiToken.issue(customer.id(), "token " + i, Instant.now().truncatedTo(ChronoUnit.MICROS))
                    .token());
        }
        for (Class<? extends Component> view : List.of(ApiTokensView.class, NotificationPreferencesView.class,
                ChangePasswordView.class)) {
            assertThat(statementsToOpen(view)).as(view.getSimpleName()).isPositive();
        }
    }
}
