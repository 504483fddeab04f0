package com.fasttrack.portal.security;

import com.fasttrack.portal.security.service.SessionService;
import com.fasttrack.portal.security.service.SessionStatus;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.SqlStatements;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the session's account check costs per request: static resources read nothing; a Vaadin request that
 * navigates (the filter's check, then the view's guard with its password rule) reads the account once; the API
 * and Vaadin requests are still checked.
 */
@PortalIntegrationTest
class AccountSessionStatementsTest {

    @Autowired
    TestData testData;
    @Autowired
    AccountSessions sessions;
    @Autowired
    SessionService sessionService;
    @Autowired
    SecurityContextHolderStrategy strategy;
    @Autowired
    SqlStatements sql;

    @AfterEach
    void clear() {
        strategy.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    private MockHttpServletRequest signedIn(String method, String path) {
        PortalUser user = new PortalUser(testData.user(Role.ENGINEER), Instant.now());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        strategy.setContext(context);
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setSession(new MockHttpSession());
        // as Spring's RequestContextFilter does before the security chain
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }

    private List<String> filtered(MockHttpServletRequest request, Runnable inTheRequest) {
        AccountSessionFilter filter = new AccountSessionFilter(sessions, strategy);
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse res) {
                inTheRequest.run();
            }
        });
        List<String> statements = sql.statementsOf(() -> {
            try {
                filter.doFilter(request, new MockHttpServletResponse(), chain);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(chain.getRequest()).as("the request went on").isNotNull();
        return statements;
    }

    @Test
    void staticResourcesReadNoAccount() {
        for (String path : List.of("/VAADIN/build/FlowClient-XDkeHcOw.js", "/VAADIN/static/push/vaadinPush-min.js",
                "/lumo/lumo.css", "/styles.css", "/icons/icon-32x32.png", "/sw.js", "/manifest.webmanifest")) {
            assertThat(filtered(signedIn("GET", path), () -> { })).as(path).isEmpty();
        }
    }

    @Test
    void aVaadinNavigationReadsTheAccountOnce() {
        MockHttpServletRequest uidl = signedIn("POST", "/");
        uidl.setParameter("v-r", "uidl");
        SessionStatus[] status = new SessionStatus[1];

        List<String> statements = filtered(uidl, () -> status[0] = sessionService.status());

        assertThat(status[0]).isEqualTo(SessionStatus.VALID);
        assertThat(statements).hasSize(1);
        assertThat(statements.getFirst()).containsIgnoringCase("app_user");
    }

    @Test
    void pagesPushDownloadsAndTheApiAreStillChecked() {
        for (String path : List.of("/", "/engagements", "/VAADIN/push", "/VAADIN/dynamic/resource/1/x/report.pdf",
                "/api/engagements")) {
            assertThat(filtered(signedIn("GET", path), () -> { })).as(path).hasSize(1);
        }
        assertThat(AccountSessionFilter.isStatic("/VAADIN/dynamic/resource/1/x/report.pdf")).isFalse();
    }
}
