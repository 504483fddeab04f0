package com.fasttrack.portal.security;

import com.fasttrack.portal.security.service.SessionService;
import com.fasttrack.portal.security.ui.ChangePasswordView;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks the signed-in user's account in the database on every navigation. A user who must change its
 * password (after an invitation or a reset) is sent to {@link ChangePasswordView} from wherever it goes, until
 * it has; a user disabled or given another role meanwhile is signed out. Reading the database rather than the
 * principal is what lets a program manager's change reach a session that is already open.
 */
@Component
class SessionGuard implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final CurrentUser currentUser;
    private final SessionService sessions;
    private final AuthenticationContext authenticationContext;

    SessionGuard(CurrentUser currentUser, SessionService sessions, AuthenticationContext authenticationContext) {
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.authenticationContext = authenticationContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        // logout is a POST outside the router, so the login page is the only other place left to go
        if (event.getNavigationTarget() == LoginView.class) {
            return;
        }
        // an error view shows no data and must appear even when the check itself failed (the database is away)
        if (HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        currentUser.get().ifPresent(user -> {
            switch (sessions.status()) {
                case ENDED -> {
                    log.info("Ending the session of {}: the account changed since sign-in", user.getUsername());
                    authenticationContext.logout();
                    event.forwardTo(LoginView.class);
                }
                case PASSWORD_CHANGE_REQUIRED -> {
                    if (event.getNavigationTarget() != ChangePasswordView.class) {
                        event.forwardTo(ChangePasswordView.class);
                    }
                }
                case VALID -> {
                }
            }
        });
    }
}
