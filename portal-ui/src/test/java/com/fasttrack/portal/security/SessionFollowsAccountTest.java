package com.fasttrack.portal.security;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.service.PasswordService;
import com.fasttrack.portal.security.service.SessionService;
import com.fasttrack.portal.security.service.UserAdminService;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.TestDatabaseInitializer;

import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions over real HTTP on a random port: a program manager's change, a reset, the user's own password change
 * and "sign out everywhere" end the account's open sessions at their next request; tokens follow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(TestData.class)
@RecordApplicationEvents
class SessionFollowsAccountTest {

    private static final String NEW_PASSWORD = "a-long-password-of-my-own";

    @Value("${local.server.port}")
    int port;
    @Autowired
    TestData testData;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    UserAdminService admin;
    @Autowired
    PasswordService passwords;
    @Autowired
    SessionService sessionService;
    @Autowired
    AccountSessions accountSessions;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy strategy;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;
    @Autowired
    SecurityLog securityLog;

    @AfterEach
    void signOut() {
        strategy.clearContext();
    }

    @Test
    void signingInGivesANewSessionIdInAnHttpOnlySameSiteLaxCookie() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        BrowserSession browser = new BrowserSession(port);
        browser.get("/login");
        String before = browser.sessionId();
        assertThat(before).isNotNull();

        browser.signIn(engineer.email().value(), TestData.PASSWORD);

        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(browser.lastSetCookie()).contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure");
        assertThat(browser.get("/api/engagements").statusCode()).isEqualTo(200);
    }

    @Test
    void disablingEndsTheOpenSessionsAtTheirNextRequestApiAndPage() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        BrowserSession api = new BrowserSession(port).signIn(engineer.email().value(), TestData.PASSWORD);
        BrowserSession page = new BrowserSession(port).signIn(engineer.email().value(), TestData.PASSWORD);
        assertThat(api.get("/api/engagements").statusCode()).isEqualTo(200);
        assertThat(page.get("/engagements").statusCode()).isEqualTo(200);

        asProgramManager(() -> admin.disable(engineer.id()));

        HttpResponse<String> refused = api.get("/api/engagements");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("session ended", "account changed");
        assertThat(BrowserSession.cookie(refused, AccountSessionFilter.COOKIE)).contains("ACCOUNT_CHANGED");
        assertThat(api.get("/api/engagements").statusCode()).isEqualTo(401);

        HttpResponse<String> navigation = page.get("/engagements");
        assertThat(navigation.statusCode()).isEqualTo(302);
        assertThat(navigation.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(BrowserSession.cookie(navigation, AccountSessionFilter.COOKIE)).contains("ACCOUNT_CHANGED");
        assertThat(events.stream(SecurityEvent.class)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEventKind.ACCOUNT_DISABLED);
            assertThat(event.subject()).isEqualTo(engineer.id());
            assertThat(event.actor()).isNotNull().isNotEqualTo(engineer.id());
        });
    }

    @Test
    void anotherRoleOrAnotherOrganisationEndsTheSession() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Organisation elsewhere = testData.customerOrganisation(Region.UNITED_KINGDOM);
        BrowserSession engineers = new BrowserSession(port).signIn(engineer.email().value(), TestData.PASSWORD);
        BrowserSession customers = new BrowserSession(port).signIn(customer.email().value(), TestData.PASSWORD);

        asProgramManager(() -> admin.reassign(engineer.id(), engineer.version(), Role.PROGRAM_MANAGER, null));
        asProgramManager(() -> admin.reassign(customer.id(), customer.version(), Role.CUSTOMER, elsewhere.id()));

        assertThat(engineers.get("/api/engagements").statusCode()).isEqualTo(401);
        assertThat(customers.get("/api/engagements").statusCode()).isEqualTo(401);
        assertThat(events.stream(SecurityEvent.class).map(SecurityEvent::kind))
                .contains(SecurityEventKind.ROLE_CHANGED, SecurityEventKind.ORGANISATION_CHANGED);
    }

    @Test
    void aResetEndsTheSessionsRevokesTheTokensAndTheOneTimePasswordCanDoNothingButChangeItself() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        BrowserSession browser = new BrowserSession(port).signIn(engineer.email().value(), TestData.PASSWORD);
        String token = token(engineer);
        assertThat(new BrowserSession(port).getWithToken("/api/engagements", token).statusCode()).isEqualTo(200);

        AtomicReference<String> oneTimePassword = new AtomicReference<>();
        asProgramManager(() -> oneTimePassword.set(admin.resetPassword(engineer.id()).password().value()));

        assertThat(browser.get("/api/engagements").statusCode()).isEqualTo(401);
        assertThat(new BrowserSession(port).getWithToken("/api/engagements", token).statusCode()).isEqualTo(401);
        assertThat(tokens.of(engineer.id())).allSatisfy(t -> assertThat(t.active()).isFalse());
        assertThat(events.stream(SecurityEvent.class)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEventKind.TOKEN_REVOKED);
            assertThat(event.detail()).contains("password reset");
        }).anySatisfy(event -> assertThat(event.kind()).isEqualTo(SecurityEventKind.PASSWORD_RESET));
        UserAccount reset = users.findById(engineer.id()).orElseThrow();
        assertThat(reset.oneTimePasswordExpiresAt()).isCloseTo(Instant.now().plus(Duration.ofDays(7)),
                org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

        BrowserSession again = new BrowserSession(port).signIn(engineer.email().value(), oneTimePassword.get());
        HttpResponse<String> api = again.get("/api/engagements");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("password change required");
    }

    @Test
    void theUsersOwnPasswordChangeKeepsThisSessionEndsTheOthersAndRevokesItsTokens() throws Exception {
        UserAccount customer = testData.user(Role.CUSTOMER);
        BrowserSession other = new BrowserSession(port).signIn(customer.email().value(), TestData.PASSWORD);
        String token = token(customer);

        PortalUser renewed = as(customer, () -> {
            passwords.changePassword(TestData.PASSWORD, NEW_PASSWORD);
            return (PortalUser) strategy.getContext().getAuthentication().getPrincipal();
        });

        assertThat(renewed.sessionEpoch()).isEqualTo(users.findById(customer.id()).orElseThrow().sessionEpoch())
                .isEqualTo(1);
        assertThat(renewed.getPassword()).isNull();
        assertThat(accountSessions.current(renewed)).isTrue();
        assertThat(other.get("/api/engagements").statusCode()).isEqualTo(401);
        assertThat(new BrowserSession(port).getWithToken("/api/engagements", token).statusCode()).isEqualTo(401);
        assertThat(events.stream(SecurityEvent.class)).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEventKind.TOKEN_REVOKED);
            assertThat(event.detail()).contains("password change");
        }).anySatisfy(event -> assertThat(event.kind()).isEqualTo(SecurityEventKind.PASSWORD_CHANGED));
        assertThat(new BrowserSession(port).signIn(customer.email().value(), NEW_PASSWORD)
                .get("/api/engagements").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereEndsEverySessionAndKeepsTheTokens() throws Exception {
        UserAccount partner = testData.user(Role.PARTNER);
        BrowserSession one = new BrowserSession(port).signIn(partner.email().value(), TestData.PASSWORD);
        BrowserSession two = new BrowserSession(port).signIn(partner.email().value(), TestData.PASSWORD);
        String token = token(partner);

        as(partner, () -> {
            sessionService.signOutEverywhere();
            return null;
        });

        assertThat(one.get("/api/engagements").statusCode()).isEqualTo(401);
        assertThat(two.get("/engagements").statusCode()).isEqualTo(302);
        assertThat(new BrowserSession(port).getWithToken("/api/engagements", token).statusCode()).isEqualTo(200);
        assertThat(events.stream(SecurityEvent.class).map(SecurityEvent::kind))
                .contains(SecurityEventKind.SIGNED_OUT_EVERYWHERE);
    }

    @Test
    void anExpiredTokenAnswers401AndIsStillFoundByItsHash() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Instant longAgo = Instant.now().minus(Duration.ofDays(31)).truncatedTo(ChronoUnit.MICROS);
        ApiToken.Issued expired = ApiToken.issue(engineer.id(), "old", longAgo, 30);
        ApiToken.Issued valid = ApiToken.issue(engineer.id(), "new", longAgo, 60);
        tokens.save(expired.token());
        tokens.save(valid.token());

        assertThat(new BrowserSession(port).getWithToken("/api/engagements", expired.plain()).statusCode())
                .isEqualTo(401);
        assertThat(new BrowserSession(port).getWithToken("/api/engagements", valid.plain()).statusCode())
                .isEqualTo(200);
        assertThat(tokens.findByHash(expired.token().hash())).hasValueSatisfying(t -> {
            assertThat(t.active()).isTrue();
            assertThat(t.expired(Instant.now())).isTrue();
        });
        // the audit log tells an expired token of its owner from a guessed one
        assertThat(securityLog.search(new SecurityLog.Filter(null, SecurityEventKind.TOKEN_EXPIRED, null, null),
                PageRequest.of(0, 100)))
                .anySatisfy(entry -> {
                    assertThat(entry.event().subject()).isEqualTo(engineer.id());
                    assertThat(entry.event().detail()).contains(expired.token().prefix());
                });
    }

    @Test
    void aOneTimePasswordOlderThanAWeekNoLongerSignsIn() throws Exception {
        UserAccount fresh = testData.user(Role.ENGINEER);
        UserAccount stale = testData.user(Role.ENGINEER);
        users.save(fresh.resetPassword("{noop}" + TestData.PASSWORD, Instant.now().minus(Duration.ofDays(6))));
        users.save(stale.resetPassword("{noop}" + TestData.PASSWORD, Instant.now().minus(Duration.ofDays(8))));

        new BrowserSession(port).signIn(fresh.email().value(), TestData.PASSWORD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BrowserSession(port)
                .signIn(stale.email().value(), TestData.PASSWORD)).hasMessageContaining("Sign-in failed");
        assertThat(((PortalUser) userDetails.loadUserByUsername(stale.email().value())).isCredentialsNonExpired())
                .isFalse();
    }

    @Test
    void theSessionIdlesOutAfterThirtyMinutesAndHoldsThePrincipalWithoutItsPasswordHash() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        BrowserSession browser = new BrowserSession(port).signIn(engineer.email().value(), TestData.PASSWORD);

        Context web = (Context) ((TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer())
                .getTomcat().getHost().findChildren()[0];
        var session = web.getManager().findSession(browser.sessionId()).getSession();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        SecurityContext stored = (SecurityContext) session
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        PortalUser principal = (PortalUser) stored.getAuthentication().getPrincipal();
        assertThat(principal.id()).isEqualTo(engineer.id());
        assertThat(principal.getPassword()).isNull();
        assertThat(stored.getAuthentication().getCredentials()).isNull();
    }

    private String token(UserAccount user) {
        ApiToken.Issued issued = ApiToken.issue(user.id(), "test", Instant.now().truncatedTo(ChronoUnit.MICROS));
        tokens.save(issued.token());
        return issued.plain();
    }

    private void asProgramManager(Runnable work) {
        as(testData.user(Role.PROGRAM_MANAGER), () -> {
            work.run();
            return null;
        });
    }

    /** Runs the work signed in as the user, on this context's strategy. */
    private <T> T as(UserAccount account, java.util.function.Supplier<T> work) {
        var user = userDetails.loadUserByUsername(account.email().value());
        SecurityContext securityContext = strategy.createEmptyContext();
        securityContext.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(securityContext);
        try {
            return work.get();
        } finally {
            strategy.clearContext();
        }
    }
}
