package com.fasttrack.portal;

import com.fasttrack.portal.engagement.ui.EngagementsView;
import com.fasttrack.portal.engagement.ui.WorkloadCatalogueView;
import com.fasttrack.portal.home.ui.HomeView;
import com.fasttrack.portal.live.service.LiveUpdates;
import com.fasttrack.portal.notification.service.NotificationService;
import com.fasttrack.portal.notification.ui.NotificationBell;
import com.fasttrack.portal.notification.ui.NotificationPreferencesView;
import com.fasttrack.portal.organisation.ui.OrganisationsView;
import com.fasttrack.portal.partner.ui.PartnersView;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.service.SessionService;
import com.fasttrack.portal.security.ui.ApiTokensView;
import com.fasttrack.portal.security.ui.ChangePasswordView;
import com.fasttrack.portal.security.ui.SecurityLogView;
import com.fasttrack.portal.security.ui.UsersView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.List;

/** The frame of every signed-in page: app name, navigation for what the role may open, user and logout. */
@PermitAll
public class MainLayout extends AppLayout {

    /** One entry of the navigation drawer; it is shown only if the user may open its view. */
    record NavEntry(String label, Class<? extends Component> view, VaadinIcon icon) {
    }

    static final List<NavEntry> NAVIGATION = List.of(
            new NavEntry("Home", HomeView.class, VaadinIcon.HOME),
            new NavEntry("Engagements", EngagementsView.class, VaadinIcon.RECORDS),
            new NavEntry("Organisations", OrganisationsView.class, VaadinIcon.BUILDING),
            new NavEntry("Partners", PartnersView.class, VaadinIcon.HANDSHAKE),
            new NavEntry("Users", UsersView.class, VaadinIcon.USERS),
            new NavEntry("Security log", SecurityLogView.class, VaadinIcon.SHIELD),
            new NavEntry("Workload catalogue", WorkloadCatalogueView.class, VaadinIcon.CLUSTER));

    private @Nullable NotificationBell bell;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
               AccessAnnotationChecker accessChecker, NotificationService notifications, LiveUpdates live,
               Clock clock, SessionService sessions) {
        H1 brand = new H1("FastTrack Engagement Portal");
        brand.addClassName("ft-brand");
        addToNavbar(new DrawerToggle(), brand);
        currentUser.get().ifPresent(user -> {
            // a user who must replace its one-time password may use nothing else, notifications included
            if (!user.passwordChangeRequired()) {
                bell = new NotificationBell(notifications, clock);
                keepCounting(bell, user, live);
                addToNavbar(bell);
            }
            addToNavbar(userBox(user, authenticationContext, sessions));
        });

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        for (NavEntry entry : NAVIGATION) {
            if (accessChecker.hasAccess(entry.view())) {
                nav.addItem(new SideNavItem(entry.label(), entry.view(), entry.icon().create()));
            }
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** The bell counts again whenever the user's notifications change, on any instance, pushed to the page. */
    private static void keepCounting(NotificationBell bell, PortalUser user, LiveUpdates live) {
        bell.addAttachListener(attach -> {
            UI ui = attach.getUI();
            LiveUpdates.Watch watch = live.watchNotifications(user, () -> {
                try {
                    ui.access(bell::refresh);
                } catch (UIDetachedException closed) {
                    // the page is gone; the watch ends on detach
                }
            });
            bell.addDetachListener(detach -> {
                watch.close();
                detach.unregisterListener();
            });
        });
    }

    /** The signed-in user's notification bell (absent on pages without a user), for whoever refreshes it. */
    public java.util.Optional<NotificationBell> bell() {
        return java.util.Optional.ofNullable(bell);
    }

    private static Component userBox(PortalUser user, AuthenticationContext authenticationContext,
                                     SessionService sessions) {
        Span name = new Span(user.displayName());
        name.setId("current-user");
        Span role = new Span(user.role().label());
        role.addClassName("ft-user-role");
        Button changePassword = new Button("Change password", VaadinIcon.KEY.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class)));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.setId("change-password-button");
        Button tokens = new Button("API tokens", VaadinIcon.CONNECT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(ApiTokensView.class)));
        tokens.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tokens.setId("api-tokens-button");
        Button notifications = new Button("Notifications", VaadinIcon.ENVELOPE_O.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate(NotificationPreferencesView.class)));
        notifications.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        notifications.setId("notification-preferences-button");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        // ends this session too: the next request finds the old epoch and lands on the login page
        Button everywhere = new Button("Sign out everywhere", VaadinIcon.EXIT_O.create(), click -> {
            sessions.signOutEverywhere();
            click.getSource().getUI().ifPresent(ui -> ui.getPage().reload());
        });
        everywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        everywhere.setId("sign-out-everywhere");
        Div box = new Div(name, role, changePassword, tokens, notifications, everywhere, logout);
        box.addClassName("ft-user-box");
        return box;
    }
}
