package com.fasttrack.portal.security;

import com.fasttrack.portal.NotFoundView;
import com.fasttrack.portal.home.ui.HomeView;
import com.fasttrack.portal.organisation.ui.OrganisationsView;
import com.fasttrack.portal.testing.KaribuTest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class AccessControlViewTest extends KaribuTest {

    @Test
    void anonymousUserIsSentToLogin() {
        navigate("");
        _assertOne(LoginView.class);
        _assertOne(LoginForm.class);
        _assertNone(HomeView.class);
    }

    @Test
    void anonymousUserCannotOpenAnAdminViewEither() {
        navigate("organisations");
        _assertOne(LoginView.class);
        _assertNone(OrganisationsView.class);
    }

    @Test
    void loginPageShowsNoCredentialsOutsideDemoMode() {
        navigate("login");
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("demo-logins"));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSeesOnlyItsNavigationEntries(Role role) {
        login(role);
        navigate("");

        _assertOne(HomeView.class);
        List<String> entries = _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
        if (role == Role.PROGRAM_MANAGER) {
            assertThat(entries).containsExactly("Home", "Engagements", "Organisations", "Partners", "Users",
                    "Security log", "Workload catalogue");
        } else {
            assertThat(entries).containsExactly("Home", "Engagements");
        }
    }

    @Test
    void homeGreetsTheSignedInUserFromTheDatabase() {
        var customer = login(Role.CUSTOMER);
        navigate("");
        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText())
                .isEqualTo("Welcome, " + customer.displayName());
    }

    @Test
    void customerOpeningAProgramManagerViewByUrlGetsNotFound() {
        login(Role.CUSTOMER);
        navigate("organisations");

        _assertNone(OrganisationsView.class);
        _assertNone(Grid.class);
        assertThat(notFoundText()).contains(NotFoundView.MESSAGE);
    }

    @Test
    void unknownUrlLooksExactlyLikeAForbiddenOne() {
        login(Role.ENGINEER);
        navigate("organisations");
        String forbidden = notFoundText();
        navigate("no-such-page");
        String missing = notFoundText();
        assertThat(forbidden).isEqualTo(missing).contains(NotFoundView.MESSAGE);
    }

    @Test
    void programManagerOpensOrganisations() {
        login(Role.PROGRAM_MANAGER);
        navigate("organisations");
        _assertOne(OrganisationsView.class);
    }

    private static String notFoundText() {
        return _get(Div.class, spec -> spec.withId("not-found")).getElement().getTextRecursively();
    }
}
