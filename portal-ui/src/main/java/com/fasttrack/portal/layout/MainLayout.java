package com.fasttrack.portal.layout;

import com.fasttrack.portal.live.service.LiveUpdates;
import com.fasttrack.portal.notification.service.NotificationService;
import com.fasttrack.portal.notification.ui.NotificationBell;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.service.SessionService;

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
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.Optional;

/**
 * The frame of every signed-in page: app name, navigation for what the role may open, user and logout. Views
 * come to it by {@code @Layout} and into its menu by {@code @Menu}, so it imports none of them.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private @Nullable NotificationBell bell;

    MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
               NotificationService notifications, LiveUpdates live, Clock clock, SessionService sessions) {
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
        // the entries are already filtered by the route access checks, so each role sees only what it may open
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    private static SideNavItem item(MenuEntry entry) {
        return entry.icon() == null ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
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
    public Optional<NotificationBell> bell() {
        return Optional.ofNullable(bell);
    }

    private static Component userBox(PortalUser user, AuthenticationContext authenticationContext,
                                     SessionService sessions) {
        Span name = new Span(user.displayName());
        name.setId("current-user");
        Span role = new Span(user.role().label());
        role.addClassName("ft-user-role");
        Button changePassword = new Button("Change password", VaadinIcon.KEY.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate("change-password")));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        changePassword.setId("change-password-button");
        Button tokens = new Button("API tokens", VaadinIcon.CONNECT.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate("profile/tokens")));
        tokens.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tokens.setId("api-tokens-button");
        Button notifications = new Button("Notifications", VaadinIcon.ENVELOPE_O.create(),
                click -> click.getSource().getUI().ifPresent(ui -> ui.navigate("profile/notifications")));
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
