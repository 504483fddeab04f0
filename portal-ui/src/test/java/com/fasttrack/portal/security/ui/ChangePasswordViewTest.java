package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.home.ui.HomeView;
import com.fasttrack.portal.organisation.ui.OrganisationsView;
import com.fasttrack.portal.security.LoginView;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ChangePasswordViewTest extends KaribuTest {

    private static final String NEW_PASSWORD = "my-own-long-password";

    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void aUserWithAOneTimePasswordIsSentToChangeItWhereverItGoes() {
        login(testData.userWithOneTimePassword(Role.PROGRAM_MANAGER));

        navigate("");
        _assertOne(ChangePasswordView.class);
        _assertNone(HomeView.class);
        assertThat(currentPath()).isEqualTo("change-password");
        _assertOne(Paragraph.class, spec -> spec.withId("password-change-required"));

        navigate("organisations");
        _assertOne(ChangePasswordView.class);
        _assertNone(OrganisationsView.class);
    }

    @Test
    void afterChangingItTheUserLandsHomeWithTheNewPassword() {
        UserAccount customer = testData.userWithOneTimePassword(Role.CUSTOMER);
        login(customer);
        navigate("");
        ChangePasswordView view = _get(ChangePasswordView.class);

        fill(view.form.currentPassword, TestData.PASSWORD);
        fill(view.form.newPassword, NEW_PASSWORD);
        fill(view.form.repeatPassword, NEW_PASSWORD);
        _click(view.save);

        _assertOne(HomeView.class);
        assertThat(currentPath()).isEmpty();
        UserAccount stored = users.findById(customer.id()).orElseThrow();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, stored.passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, stored.passwordHash())).isFalse();
        assertThat(stored.passwordChangeRequired()).isFalse();

        navigate("");
        _assertOne(HomeView.class);
    }

    @Test
    void aWrongCurrentPasswordIsRefusedNextToTheFieldAndChangesNothing() {
        UserAccount partner = testData.userWithOneTimePassword(Role.PARTNER);
        login(partner);
        navigate("change-password");
        ChangePasswordView view = _get(ChangePasswordView.class);

        fill(view.form.currentPassword, "not-my-password");
        fill(view.form.newPassword, NEW_PASSWORD);
        fill(view.form.repeatPassword, NEW_PASSWORD);
        _click(view.save);

        _expectInvalid(view.form.currentPassword, "The current password is not correct");
        _assertOne(ChangePasswordView.class);
        assertThat(users.findById(partner.id()).orElseThrow()).isEqualTo(partner);
    }

    @Test
    void theNewPasswordMustBeLongDifferentAndRepeatedExactly() {
        UserAccount engineer = testData.userWithOneTimePassword(Role.ENGINEER);
        login(engineer);
        navigate("change-password");
        ChangePasswordView view = _get(ChangePasswordView.class);
        fill(view.form.currentPassword, TestData.PASSWORD);

        fill(view.form.newPassword, "too-short");
        _expectInvalid(view.form.newPassword, "The new password must have at least 12 characters");
        fill(view.form.newPassword, TestData.PASSWORD + "-");
        fill(view.form.currentPassword, TestData.PASSWORD + "-");
        _click(view.save);
        _expectInvalid(view.form.newPassword, "The new password must differ from the current one");

        fill(view.form.currentPassword, TestData.PASSWORD);
        fill(view.form.newPassword, NEW_PASSWORD);
        fill(view.form.repeatPassword, NEW_PASSWORD + "!");
        _click(view.save);
        _expectInvalid(view.form.repeatPassword, "The two new passwords differ");
        assertThat(users.findById(engineer.id()).orElseThrow()).isEqualTo(engineer);
    }

    @Test
    void theFlagIsReadFromTheDatabaseSoAResetReachesAnOpenSession() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        login(customer);
        navigate("");
        _assertOne(HomeView.class);

        users.save(customer.withPassword("{noop}reset-by-a-program-manager", true));
        navigate("");

        _assertOne(ChangePasswordView.class);
    }

    @Test
    void aUserDisabledWhileSignedInIsSignedOutAtItsNextNavigation() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        login(customer);
        navigate("");
        _assertOne(HomeView.class);

        users.save(customer.withEnabled(false));
        navigate("");

        _assertNone(HomeView.class);
        _assertOne(LoginView.class);
        assertThat(strategy.getContext().getAuthentication()).isNull();
    }

    @Test
    void anySignedInUserOpensItFromTheUserBox() {
        login(Role.ENGINEER);
        navigate("");

        _click(_get(Button.class, spec -> spec.withId("change-password-button")));

        _assertOne(ChangePasswordView.class);
        _assertNone(Paragraph.class, spec -> spec.withId("password-change-required"));
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
