package com.fasttrack.portal.testing;

import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A Karibu UI test inside the real Spring context: {@link #login} signs a user in as the login form would. */
@PortalIntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.fasttrack.portal");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestData testData;
    @Autowired
    private UserDetailsService userDetailsService;
    /** This context's strategy: the static holder's may be another cached context's. */
    @Autowired
    protected SecurityContextHolderStrategy strategy;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        strategy.clearContext();
    }

    /** Creates a user of the role (with its own organisation where the role needs one) and signs it in. */
    protected UserAccount login(Role role) {
        UserAccount account = testData.user(role);
        login(account);
        return account;
    }

    protected void login(UserAccount account) {
        signIn(userDetailsService.loadUserByUsername(account.email().value()), strategy);
    }

    /**
     * Signs the user in to the current mock Vaadin session as a real login does; for Karibu tests that cannot extend
     * this class (an application context of their own).
     */
    public static void signIn(UserDetails user, SecurityContextHolderStrategy strategy) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(authentication);
        // Vaadin's security context strategy reads the context from the session, as after a real login; off a
        // Vaadin session (signed out) it falls back to its thread-local, which stays empty
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
    }

    /**
     * Enters a value as a user would: only into a field that is visible, enabled and editable. (Karibu 2.6.2's
     * {@code _setValue} reflects into a field-support method that Vaadin 25.2 no longer has.)
     */
    protected static <V> void fill(HasValue<?, V> field, V value) {
        BasicUtilsKt._expectEditableByUser((Component) field);
        field.setValue(value);
    }

    /** Navigates as a typed URL would, query string included. */
    protected void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
