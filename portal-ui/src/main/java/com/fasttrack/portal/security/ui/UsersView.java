package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.service.OrganisationService;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.service.IssuedPassword;
import com.fasttrack.portal.security.service.LockoutService;
import com.fasttrack.portal.security.service.UserAdminService;
import com.fasttrack.portal.security.service.UserRow;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.ui.Pages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Program managers' list of users: invite, change role or organisation, reset a password, disable and enable, and
 * unlock an account locked by failed sign-ins.
 * The grid pages, sorts and searches in the database.
 */
@Menu(title = "Users", order = 4, icon = "vaadin:users")
@Route("users")
@PageTitle("Users · FastTrack Engagement Portal")
@RolesAllowed(Roles.PROGRAM_MANAGER)
public class UsersView extends VerticalLayout {

    final Grid<UserRow> grid = new Grid<>();
    final TextField search = new TextField();
    final Button invite = new Button("Invite user", VaadinIcon.PLUS.create());

    private final UserAdminService users;
    private final LockoutService lockouts;
    private final UserForm.OrganisationSearch organisations;
    /** The accounts of the fetched pages that are locked out, looked up with each page. */
    private final Set<EmailAddress> locked = new HashSet<>();

    UsersView(UserAdminService users, LockoutService lockouts, OrganisationService organisationService) {
        this.users = users;
        this.lockouts = lockouts;
        this.organisations = organisationService::list;
        setSizeFull();
        search.setId("user-search");
        search.setLabel("Search");
        search.setPlaceholder("Name or e-mail");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refresh());
        invite.setId("invite-user");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> openInvitation());

        grid.addColumn(UserRow::displayName).setHeader("Name").setKey("displayName").setSortable(true);
        grid.addColumn(row -> row.email().value()).setHeader("E-mail").setKey("email").setSortable(true);
        grid.addColumn(row -> row.role().label()).setHeader("Role").setKey("role").setSortable(true);
        grid.addColumn(row -> row.organisationIfAny().map(Organisation::name).orElse(""))
                .setHeader("Organisation").setKey("organisation");
        grid.addColumn(row -> row.enabled() ? "Enabled" : "Disabled").setHeader("Status").setKey("enabled");
        grid.addComponentColumn(this::lockBadge).setHeader("Sign-in").setKey("locked").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> withLocks(users.list(search.getValue(), Pages.of(query))).stream(),
                query -> (int) users.count(search.getValue()));

        HorizontalLayout toolbar = new HorizontalLayout(search, invite);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2("Users"), toolbar, grid);
    }

    private List<UserRow> withLocks(List<UserRow> rows) {
        List<EmailAddress> emails = rows.stream().map(UserRow::email).toList();
        emails.forEach(locked::remove);
        locked.addAll(lockouts.locked(emails));
        return rows;
    }

    private Span lockBadge(UserRow row) {
        if (!locked.contains(row.email())) {
            return new Span();
        }
        Span badge = new Span("Locked");
        badge.getElement().getThemeList().add("badge error");
        badge.setTitle("Too many failed sign-ins; unlock to let them try again at once");
        return badge;
    }

    private HorizontalLayout actions(UserRow row) {
        HorizontalLayout actions = new HorizontalLayout(
                action("Edit", row, () -> openEdit(row)),
                action("Reset password", row, () -> confirmReset(row)),
                row.enabled() ? action("Disable", row, () -> confirmDisable(row))
                        : action("Enable", row, () -> enable(row)));
        if (locked.contains(row.email())) {
            actions.add(action("Unlock", row, () -> run(() -> lockouts.unlock(row.id()),
                    row.displayName() + " is unlocked and may sign in again")));
        }
        actions.setSpacing(false);
        return actions;
    }

    private static Button action(String label, UserRow row, Runnable onClick) {
        Button button = new Button(label, click -> onClick.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label + " " + row.displayName());
        return button;
    }

    private void openInvitation() {
        new UserDialog<IssuedPassword>(organisations, null,
                draft -> users.invite(draft.email(), draft.displayName(), draft.role(),
                        draft.organisation() == null ? null : draft.organisation().id()),
                issued -> {
                    refresh();
                    new OneTimePasswordDialog("Invited " + issued.displayName(), issued).open();
                }).open();
    }

    private void openEdit(UserRow row) {
        new UserDialog<UserRow>(organisations, row,
                draft -> users.reassign(row.id(), row.version(), draft.role(),
                        draft.organisation() == null ? null : draft.organisation().id()),
                saved -> {
                    refresh();
                    Notification.show("Saved " + saved.displayName(), 3000, Notification.Position.BOTTOM_START);
                }).open();
    }

    private void confirmReset(UserRow row) {
        ConfirmDialog confirm = new ConfirmDialog("Reset the password of " + row.displayName() + "?",
                "Their current password stops working at once. You will see a one-time password to give them.",
                "Reset password", event -> {
                    IssuedPassword issued = users.resetPassword(row.id());
                    new OneTimePasswordDialog("New password for " + issued.displayName(), issued).open();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private void confirmDisable(UserRow row) {
        ConfirmDialog confirm = new ConfirmDialog("Disable " + row.displayName() + "?",
                "They can no longer sign in until a program manager enables them again.",
                "Disable", event -> run(() -> users.disable(row.id()), row.displayName() + " is disabled"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void enable(UserRow row) {
        run(() -> users.enable(row.id()), row.displayName() + " can sign in again");
    }

    /** Runs an action on a user; a refusal (such as disabling oneself) is shown, not thrown. */
    private void run(Runnable action, String done) {
        try {
            action.run();
            refresh();
            Notification.show(done, 3000, Notification.Position.BOTTOM_START);
        } catch (DomainException refused) {
            Notification.show(refused.getMessage(), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
