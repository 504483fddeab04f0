package com.fasttrack.portal.security;

import com.fasttrack.portal.testing.KaribuTest;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.WebAttributes;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The login page after a failed sign-in: one message for every failure but the expired one-time password. */
class LoginFailureMessageTest extends KaribuTest {

    @Test
    void everyFailureButAnExpiredOneTimePasswordReadsTheSame() {
        failedWith(new BadCredentialsException("Bad credentials"));
        navigate("login?error");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorShown(form)).contains("The e-mail or password is incorrect. Check them and try again.")
                .doesNotContain("one-time password");
    }

    @Test
    void theRightPasswordOfAnExpiredOneTimePasswordIsToldToAskForANewOne() {
        failedWith(new CredentialsExpiredException(PortalAuthenticationProvider.EXPIRED_ONE_TIME_PASSWORD));
        navigate("login?error");
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(errorShown(form))
                .contains("Your one-time password has expired; ask a program manager for a new one.");
    }

    /** The form's texts as the browser receives them (the i18n property). */
    private static String errorShown(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }
}
