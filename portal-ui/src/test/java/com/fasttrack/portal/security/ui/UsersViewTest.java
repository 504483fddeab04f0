package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Program managers administer users through the Users view; everything is checked in the database. */
class UsersViewTest extends KaribuTest {

    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserDetailsService userDetailsService;

    @Test
    void invitingACustomerShowsAOneTimePasswordWhoseHashAloneIsStored() {
        Organisation contoso = testData.customerOrganisation(Region.UNITED_KINGDOM);
        UsersView view = openAsProgramManager();
        String email = TestData.uniqueEmail("Invitee");

        _click(view.invite);
        UserDialog<?> dialog = _get(UserDialog.class);
        fill(dialog.form.email, email.toUpperCase());
        fill(dialog.form.displayName, "Ines Invitee");
        fill(dialog.form.role, Role.CUSTOMER);
        fill(dialog.form.organisation, contoso);
        _click(dialog.save);

        _assertNone(UserDialog.class);
        OneTimePasswordDialog shown = _get(OneTimePasswordDialog.class);
        String password = shown.password.getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(shown.getElement().getTextRecursively()).contains("shown only now; give it to the user");

        UserAccount stored = users.findByEmail(new EmailAddress(email)).orElseThrow();
        assertThat(passwordEncoder.matches(password, stored.passwordHash())).isTrue();
        assertThat(stored.passwordHash()).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(stored.passwordChangeRequired()).isTrue();
        assertThat(stored.enabled()).isTrue();
        assertThat(stored.role()).isEqualTo(Role.CUSTOMER);
        assertThat(stored.organisationId()).isEqualTo(contoso.id());

        _click(_get(shown, Button.class, spec -> spec.withText("Done")));
        _assertNone(OneTimePasswordDialog.class);
        assertThat(shown.password.getText()).isEmpty();

        view.search.setValue(email);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormatted(view.grid, 0, "displayName")).isEqualTo("Ines Invitee");
        assertThat(_getFormatted(view.grid, 0, "role")).isEqualTo("Customer");
        assertThat(_getFormatted(view.grid, 0, "organisation")).isEqualTo(contoso.name());
        assertThat(_getFormatted(view.grid, 0, "enabled")).isEqualTo("Enabled");
    }

    @Test
    void aCustomerWithoutOrganisationIsRefusedNextToTheField() {
        UsersView view = openAsProgramManager();
        String email = TestData.uniqueEmail("Orphan");

        UserDialog<?> dialog = openInvitation(view, email, Role.CUSTOMER);
        _click(dialog.save);

        _expectInvalid(dialog.form.organisation, "A customer must belong to an organisation");
        _assertOne(UserDialog.class);
        assertThat(users.findByEmail(new EmailAddress(email))).isEmpty();
    }

    @Test
    void aCustomerInAPartnerOrganisationIsRefusedNextToTheField() {
        Organisation partner = testData.partnerOrganisation(Region.WESTERN_EUROPE);
        UsersView view = openAsProgramManager();
        String email = TestData.uniqueEmail("Misplaced");

        UserDialog<?> dialog = openInvitation(view, email, Role.CUSTOMER);
        fill(dialog.form.organisation, partner);
        _click(dialog.save);

        _expectInvalid(dialog.form.organisation, "A customer must belong to a customer organisation");
        assertThat(users.findByEmail(new EmailAddress(email))).isEmpty();
    }

    @Test
    void anEngineerGetsNoOrganisationField() {
        Organisation customer = testData.customerOrganisation(Region.INDIA);
        UsersView view = openAsProgramManager();
        String email = TestData.uniqueEmail("Engineer");

        UserDialog<?> dialog = openInvitation(view, email, Role.CUSTOMER);
        fill(dialog.form.organisation, customer);
        fill(dialog.form.role, Role.ENGINEER);
        assertThat(dialog.form.organisation.isEnabled()).isFalse();
        assertThat(dialog.form.organisation.getValue()).isNull();
        _click(dialog.save);

        UserAccount stored = users.findByEmail(new EmailAddress(email)).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.ENGINEER);
        assertThat(stored.organisationId()).isNull();
    }

    @Test
    void aTakenEmailIsRefusedNextToTheField() {
        UserAccount existing = testData.user(Role.PARTNER);
        Organisation partner = testData.partnerOrganisation(Region.JAPAN);
        UsersView view = openAsProgramManager();

        UserDialog<?> dialog = openInvitation(view, existing.email().value().toUpperCase(), Role.PARTNER);
        fill(dialog.form.organisation, partner);
        _click(dialog.save);

        _expectInvalid(dialog.form.email, "A user with the e-mail '" + existing.email() + "' already exists");
        _assertNone(OneTimePasswordDialog.class);
        assertThat(users.findByEmail(existing.email()).orElseThrow()).isEqualTo(existing);
    }

    @Test
    void disablingAUserStopsItsSignInAndEnablingAllowsItAgain() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        UsersView view = openAsProgramManager();
        view.search.setValue(customer.email().value());

        _click(action(view, "Disable"));
        _fireConfirm(_get(ConfirmDialog.class));

        UserDetails disabled = userDetailsService.loadUserByUsername(customer.email().value());
        assertThat(disabled.isEnabled()).isFalse();
        assertThatThrownBy(() -> new AccountStatusUserDetailsChecker().check(disabled))
                .isInstanceOf(DisabledException.class);
        assertThat(_getFormatted(view.grid, 0, "enabled")).isEqualTo("Disabled");

        _click(action(view, "Enable"));
        assertThat(userDetailsService.loadUserByUsername(customer.email().value()).isEnabled()).isTrue();
    }

    @Test
    void aProgramManagerCannotDisableItself() {
        UserAccount me = login(Role.PROGRAM_MANAGER);
        navigate("users");
        UsersView view = _get(UsersView.class);
        view.search.setValue(me.email().value());

        _click(action(view, "Disable"));
        _fireConfirm(_get(ConfirmDialog.class));

        expectNotifications("You cannot disable your own account");
        assertThat(users.findById(me.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void resettingAPasswordShowsANewOneTimePasswordAndForcesAChange() {
        UserAccount partner = testData.user(Role.PARTNER);
        UsersView view = openAsProgramManager();
        view.search.setValue(partner.email().value());

        _click(action(view, "Reset password"));
        _fireConfirm(_get(ConfirmDialog.class));

        String password = _get(OneTimePasswordDialog.class).password.getText();
        UserAccount stored = users.findById(partner.id()).orElseThrow();
        assertThat(passwordEncoder.matches(password, stored.passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, stored.passwordHash())).isFalse();
        assertThat(stored.passwordChangeRequired()).isTrue();
    }

    @Test
    void programManagerMovesACustomerToAPartnerOrganisation() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Organisation northwind = testData.partnerOrganisation(Region.CANADA);
        UsersView view = openAsProgramManager();
        view.search.setValue(customer.email().value());

        _click(action(view, "Edit"));
        UserDialog<?> dialog = _get(UserDialog.class);
        assertThat(dialog.form.email.isReadOnly()).isTrue();
        fill(dialog.form.role, Role.PARTNER);
        _expectInvalid(dialog.form.organisation, "A partner must belong to a partner organisation");
        fill(dialog.form.organisation, northwind);
        _click(dialog.save);

        UserAccount stored = users.findById(customer.id()).orElseThrow();
        assertThat(stored.role()).isEqualTo(Role.PARTNER);
        assertThat(stored.organisationId()).isEqualTo(northwind.id());
        assertThat(_getFormatted(view.grid, 0, "organisation")).isEqualTo(northwind.name());
    }

    @Test
    void anEditOvertakenBySomeoneElseSaysSo() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UsersView view = openAsProgramManager();
        view.search.setValue(engineer.email().value());
        _click(action(view, "Edit"));
        UserDialog<?> dialog = _get(UserDialog.class);

        users.save(engineer.withEnabled(false));
        fill(dialog.form.role, Role.PROGRAM_MANAGER);
        _click(dialog.save);

        assertThat(dialog.error.getText()).startsWith("Someone else changed this user");
        assertThat(users.findById(engineer.id()).orElseThrow().role()).isEqualTo(Role.ENGINEER);
    }

    @Test
    void customersEngineersAndPartnersFindNoUsersPage() {
        for (Role role : new Role[] {Role.CUSTOMER, Role.ENGINEER, Role.PARTNER}) {
            login(role);
            navigate("users");
            _assertNone(UsersView.class);
            _assertOne(Div.class, spec -> spec.withId("not-found"));
        }
    }

    private UsersView openAsProgramManager() {
        login(Role.PROGRAM_MANAGER);
        navigate("users");
        return _get(UsersView.class);
    }

    private UserDialog<?> openInvitation(UsersView view, String email, Role role) {
        _click(view.invite);
        UserDialog<?> dialog = _get(UserDialog.class);
        fill(dialog.form.email, email);
        fill(dialog.form.displayName, "Someone " + role.label());
        fill(dialog.form.role, role);
        return dialog;
    }

    /** The action button of the grid's only row. */
    private static Button action(UsersView view, String label) {
        assertThat(_size(view.grid)).isEqualTo(1);
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(view.grid, 0, "actions");
        return _get(actions, Button.class, spec -> spec.withText(label));
    }
}
