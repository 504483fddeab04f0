package com.fasttrack.portal.security;

import com.fasttrack.portal.notification.service.NotificationService;
import com.fasttrack.portal.notification.ui.NotificationBell;
import com.fasttrack.portal.security.service.ApiTokenService;

import com.fasttrack.portal.security.ui.ChangePasswordView;
import com.fasttrack.portal.testing.KaribuTest;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountSessionViewTest extends KaribuTest {

    @Autowired
    UserAccounts users;
    @Autowired
    AccountSessions sessions;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    ApiTokenService tokenService;

    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationContext applicationContext;

    @Test
    void theLoginPageSaysWhyTheSessionEndedOnlyWhenItDid() {
        navigate("login");
        _assertNone(Paragraph.class, spec -> spec.withId("session-ended"));

        ((FakeRequest) VaadinServletRequest.getCurrent().getRequest())
                .addCookie(new Cookie(AccountSessionFilter.COOKIE, "ACCOUNT_CHANGED"));
        navigate("login?again");
        assertThat(_get(Paragraph.class, spec -> spec.withId("session-ended")).getText())
                .isEqualTo("Your session ended because your account changed. Sign in again.");
    }

    @Test
    void signingOutEverywhereEndsThisSessionToo() {
        UserAccount engineer = login(Role.ENGINEER);
        navigate("");
        PortalUser before = currentUser.require();

        _click(_get(Button.class, spec -> spec.withId("sign-out-everywhere")));

        assertThat(users.findById(engineer.id()).orElseThrow().sessionEpoch()).isEqualTo(1);
        assertThat(sessions.current(before)).isFalse();
        // the button reloads the page: its request finds the old epoch and signs out (over HTTP the filter does it,
        // see SessionFollowsAccountTest; Karibu has no filters, its reload meets the navigation guard)
        assertThat(currentUser.get()).isEmpty();
    }

    @Test
    void aUserWhoMustReplaceItsOneTimePasswordCanUseNoServiceButThePasswordChange() {
        login(testData.userWithOneTimePassword(Role.PROGRAM_MANAGER));
        navigate("");
        _assertOne(ChangePasswordView.class);
        _assertNone(NotificationBell.class);

        assertThat(currentUser.require().getAuthorities()).extracting(Object::toString)
                .containsExactly(PortalUser.PASSWORD_CHANGE_REQUIRED);
        assertThatThrownBy(() -> tokenService.mine()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
    }

    /** Heartbeats alone do not keep a session open: an open tab idles out like a closed one. */
    @Test
    void vaadinClosesSessionsWhoseOpenPagesOnlySendHeartbeats() {
        assertThat(com.vaadin.flow.server.VaadinService.getCurrent().getDeploymentConfiguration()
                .isCloseIdleSessions()).isTrue();
    }

    /** Only the password change and the session check may answer a signed-in user without a role. */
    @Test
    void noServiceButPasswordAndSessionLetsInAUserWithoutARole() {
        List<String> open = new ArrayList<>();
        for (Object bean : applicationContext.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("com.fasttrack.portal")) {
                continue;
            }
            PreAuthorize onClass = type.getAnnotation(PreAuthorize.class);
            if (onClass != null && onClass.value().equals(Roles.IS_AUTHENTICATED)) {
                open.add(type.getSimpleName());
            }
            for (Method method : type.getDeclaredMethods()) {
                PreAuthorize onMethod = method.getAnnotation(PreAuthorize.class);
                if (onMethod != null && Arrays.asList(Roles.IS_AUTHENTICATED, "permitAll()")
                        .contains(onMethod.value())) {
                    open.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(open).containsExactlyInAnyOrder("PasswordService", "SessionService");
    }
}
