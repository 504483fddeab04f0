package com.fasttrack.portal.security;


import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.Cookie;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.web.WebAttributes;

import java.util.Arrays;
import java.util.Optional;

/** The only page an anonymous visitor may open. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · FastTrack Engagement Portal")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String EXPIRED_MESSAGE = "Your one-time password has expired; ask a program manager for a new one.";

    private final LoginForm form = new LoginForm();
    private final Paragraph sessionEnded = new Paragraph();

    LoginView(SeededAccounts seeded) {
        addClassName("ft-login-page");
        H1 title = new H1("FastTrack Engagement Portal");
        title.addClassName("ft-brand");

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        sessionEnded.setId("session-ended");
        sessionEnded.addClassName("ft-session-ended");
        sessionEnded.setVisible(false);
        add(title, sessionEnded, form);

        if (seeded.enabled()) {
            add(seededLogins(seeded));
        }
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        // the same words whether the e-mail exists or not
        error.setTitle("Sign-in failed");
        error.setMessage("The e-mail or password is incorrect. Check them and try again.");
        i18n.setErrorMessage(error);
        return i18n;
    }

    private static Div seededLogins(SeededAccounts seeded) {
        Div box = new Div();
        box.addClassNames("ft-card", "ft-demo-logins");
        box.setId("demo-logins");
        box.add(new H3("Demo logins"),
                new Paragraph("This portal runs on demo data. Every demo user's password is "
                        + seeded.password() + "."));
        UnorderedList list = new UnorderedList();
        for (SeededAccounts.Login login : seeded.logins()) {
            Span email = new Span(login.email());
            email.getStyle().set("font-family", "monospace");
            list.add(new ListItem(new Span(login.role() + ": "), email, new Span(" (" + login.who() + ")")));
        }
        box.add(list);
        return box;
    }

    /** Only the right password of an expired one-time password says so; every other failure reads the same. */
    private static boolean oneTimePasswordExpired() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return false;
        }
        Object failure = session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof CredentialsExpiredException) {
            session.getSession().removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            return true;
        }
        return false;
    }

    private static LoginI18n expiredOneTimePassword() {
        LoginI18n i18n = i18n();
        i18n.getErrorMessage().setTitle("One-time password expired");
        i18n.getErrorMessage().setMessage(EXPIRED_MESSAGE);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            if (oneTimePasswordExpired()) {
                form.setI18n(expiredOneTimePassword());
            }
            form.setError(true);
        }
        sessionEnd().ifPresent(end -> {
            sessionEnded.setText(end.message());
            sessionEnded.setVisible(true);
        });
    }

    /** Why the previous session ended, told once by the cookie {@link AccountSessionFilter} left. */
    private static Optional<AccountSessions.SessionEnd> sessionEnd() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        Optional<AccountSessions.SessionEnd> end = Arrays.stream(request.getCookies())
                .filter(cookie -> cookie.getName().equals(AccountSessionFilter.COOKIE))
                .flatMap(cookie -> Arrays.stream(AccountSessions.SessionEnd.values())
                        .filter(known -> known.name().equals(cookie.getValue())))
                .findFirst();
        VaadinResponse response = VaadinResponse.getCurrent();
        if (end.isPresent() && response != null) {
            Cookie spent = new Cookie(AccountSessionFilter.COOKIE, "");
            spent.setPath("/");
            spent.setMaxAge(0);
            response.addCookie(spent);
        }
        return end;
    }
}
