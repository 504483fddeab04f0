package com.fasttrack.portal.security;

import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter on its own, with clocks moved forward: a session ends after its absolute lifetime of 12 hours however
 * active it was, and a Vaadin request of an ended session goes on without it (Vaadin answers "session expired").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
class AccountSessionFilterTest {

    @Autowired
    TestData testData;
    @Autowired
    UserAccounts users;
    @Autowired
    SecurityContextHolderStrategy strategy;

    @AfterEach
    void clear() {
        strategy.clearContext();
    }

    private AccountSessionFilter filterAt(Duration later) {
        return new AccountSessionFilter(new AccountSessions(users, Clock.offset(Clock.systemUTC(), later)), strategy);
    }

    private MockHttpServletRequest signedIn(UserAccount account, String path) {
        PortalUser user = new PortalUser(account, Instant.now());
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        strategy.setContext(context);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setSession(new MockHttpSession());
        return request;
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInWithItsOwnMessage() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);

        MockHttpServletRequest young = signedIn(engineer, "/api/engagements");
        MockFilterChain goesOn = new MockFilterChain();
        filterAt(Duration.ofHours(11).plusMinutes(59)).doFilter(young, new MockHttpServletResponse(), goesOn);
        assertThat(goesOn.getRequest()).isNotNull();
        assertThat(((MockHttpSession) young.getSession(false)).isInvalid()).isFalse();

        MockHttpServletRequest old = signedIn(engineer, "/api/engagements");
        MockHttpSession session = (MockHttpSession) old.getSession(false);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain stopped = new MockFilterChain();
        filterAt(Duration.ofHours(12)).doFilter(old, response, stopped);

        assertThat(stopped.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(session.isInvalid()).isTrue();
        assertThat(strategy.getContext().getAuthentication()).isNull();
        Cookie cookie = response.getCookie(AccountSessionFilter.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("LIFETIME_OVER");
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(AccountSessions.SessionEnd.LIFETIME_OVER.message()).contains("12 hours");
    }

    @Test
    void aVaadinRequestOfAnEndedSessionGoesOnWithoutSessionOrUserAndAPageLoadIsSentToLogin() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        testData.disable(engineer);

        MockHttpServletRequest uidl = signedIn(engineer, "/");
        uidl.setMethod("POST");
        uidl.setParameter("v-r", "uidl");
        MockHttpSession session = (MockHttpSession) uidl.getSession(false);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filterAt(Duration.ZERO).doFilter(uidl, response, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(strategy.getContext().getAuthentication()).isNull();
        assertThat(response.getCookie(AccountSessionFilter.COOKIE).getValue()).isEqualTo("ACCOUNT_CHANGED");

        MockHttpServletRequest page = signedIn(engineer, "/engagements");
        MockHttpServletResponse redirected = new MockHttpServletResponse();
        filterAt(Duration.ZERO).doFilter(page, redirected, new MockFilterChain());
        assertThat(redirected.getRedirectedUrl()).isEqualTo("/login");
    }
}
