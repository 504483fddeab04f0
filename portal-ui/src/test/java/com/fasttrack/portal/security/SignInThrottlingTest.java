package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in through Spring Security's own authentication manager, as the login form uses it: counted, locked, audited,
 * and always at the cost of one password check. (Its own context: the encoder is wrapped to count the checks, and
 * the address ceiling is lowered to 10 so that a test can reach it.)
 */
@PortalIntegrationTest
@Import(SignInThrottlingTest.CountingEncoder.class)
@TestPropertySource(properties = "portal.sign-in.address.max-failures=10")
class SignInThrottlingTest {

    private static final String GENERIC = "Bad credentials";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    TestData testData;
    @Autowired
    SecurityLog log;
    @Autowired
    CountingEncoder counter;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SignInThrottling throttling;

    @AfterEach
    void leaveRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void fiveWrongPasswordsLockThePairSoTheRightOneIsRefusedAlikeButNotFromAnotherAddress() throws Exception {
        UserAccount user = testData.user(Role.ENGINEER);
        String address = fromNewAddress();
        for (int i = 0; i < 5; i++) {
            assertRefused(user.email().value(), "wrong-" + i);
        }

        assertRefused(user.email().value(), TestData.PASSWORD);

        fromNewAddress();
        assertThat(signIn(user.email().value().toUpperCase(), TestData.PASSWORD).getPrincipal())
                .isInstanceOfSatisfying(PortalUser.class, p -> assertThat(p.id()).isEqualTo(user.id()));
        List<SecurityLog.Entry> entries = entriesOf(user.email().value());
        assertThat(entries).extracting(e -> e.event().kind()).containsExactly(SecurityEventKind.SIGN_IN_SUCCEEDED,
                SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.LOCKED_OUT, SecurityEventKind.SIGN_IN_FAILED,
                SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.SIGN_IN_FAILED, SecurityEventKind.SIGN_IN_FAILED,
                SecurityEventKind.SIGN_IN_FAILED);
        assertThat(entries.get(1).event().detail()).isEqualTo("locked");
        assertThat(entries.get(1).event().clientAddress()).isEqualTo(address);
        assertThat(entries.get(2).event().detail()).isEqualTo(
                "5 failed sign-ins within 15 minutes from " + address + ": locked for 1 minute (lockout 1)");
        assertThat(entries.get(3).event().detail()).isEqualTo("wrong password");
        assertThat(entries.get(3).event().subject()).isEqualTo(user.id());
        assertThat(entries).allSatisfy(e -> assertThat(e.event().detail()).doesNotContain("wrong-"));
    }

    @Test
    void aSuccessResetsThePairSoFailuresStartCountingAgain() throws Exception {
        UserAccount user = testData.user(Role.CUSTOMER);
        fromNewAddress();
        for (int i = 0; i < 4; i++) {
            assertRefused(user.email().value(), "wrong");
        }
        signIn(user.email().value(), TestData.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertRefused(user.email().value(), "wrong");
        }
        assertThat(signIn(user.email().value(), TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void unknownDisabledAndLockedAccountsAnswerAlikeAndEachCostsOnePasswordCheck() throws Exception {
        fromNewAddress();
        String unknown = TestData.uniqueEmail("nobody");
        UserAccount disabled = testData.disable(testData.user(Role.ENGINEER));
        UserAccount locked = testData.user(Role.ENGINEER);
        for (int i = 0; i < 5; i++) {
            assertRefused(locked.email().value(), "wrong");
        }

        for (String email : List.of(unknown, disabled.email().value(), locked.email().value())) {
            counter.checks.set(0);
            assertRefused(email, TestData.PASSWORD);
            assertThat(counter.checks).as("password checks for %s", email).hasValue(1);
        }
        assertThat(entriesOf(unknown)).singleElement()
                .satisfies(e -> assertThat(e.event().detail()).isEqualTo("unknown account"));
        assertThat(entriesOf(disabled.email().value())).first()
                .satisfies(e -> assertThat(e.event().detail()).isEqualTo("disabled"));
    }

    @Test
    void failuresOfAnAddressAcrossAccountsUpToTheCeilingLockItForEveryAccount() throws Exception {
        String address = fromNewAddress();
        UserAccount victim = testData.user(Role.PROGRAM_MANAGER);
        // the lowered ceiling of this test: 10 failures, no two on one account
        for (int i = 0; i < 10; i++) {
            assertRefused(TestData.uniqueEmail("spray"), "Winter2026!");
        }

        assertRefused(victim.email().value(), TestData.PASSWORD);

        assertThat(log.search(new SecurityLog.Filter(null, SecurityEventKind.LOCKED_OUT, null, null),
                PageRequest.of(0, 50))).anySatisfy(e -> {
                    assertThat(e.event().clientAddress()).isEqualTo(address);
                    assertThat(e.event().detail()).contains("every account locked from there for 15 minutes");
                });
        fromNewAddress();
        assertThat(signIn(victim.email().value(), TestData.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void theRightPasswordOfAnExpiredOneTimePasswordIsTheOnlyFailureThatSaysSo() {
        fromNewAddress();
        String email = TestData.uniqueEmail("expired");
        UserDetailsService expiredUsers = username -> User.withUsername(email)
                .password(passwordEncoder.encode("the-one-time")).roles("CUSTOMER").credentialsExpired(true).build();
        var provider = new PortalAuthenticationProvider(expiredUsers, passwordEncoder, throttling);

        assertThatThrownBy(() -> provider.authenticate(attempt(email, "the-one-time")))
                .isInstanceOf(CredentialsExpiredException.class);
        assertThatThrownBy(() -> provider.authenticate(attempt(email, "a-guess")))
                .isInstanceOf(BadCredentialsException.class).hasMessage(GENERIC);
        assertThat(entriesOf(email)).extracting(e -> e.event().detail())
                .containsExactly("wrong password", "expired one-time password");
    }

    @Test
    void aSpoofedForwardedForHeaderIsIgnoredTheConnectionsAddressCounts() throws Exception {
        String address = fromNewAddress();
        MockHttpServletRequest request = (MockHttpServletRequest) ((ServletRequestAttributes)
                RequestContextHolder.currentRequestAttributes()).getRequest();
        request.addHeader("X-Forwarded-For", "198.51.100.66");
        String email = TestData.uniqueEmail("spoof");

        assertRefused(email, "x");

        assertThat(ClientAddress.current()).contains(address);
        assertThat(entriesOf(email)).singleElement()
                .satisfies(e -> assertThat(e.event().clientAddress()).isEqualTo(address));
    }

    private Authentication signIn(String email, String password) throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        return manager.authenticate(attempt(email, password));
    }

    private void assertRefused(String email, String password) {
        assertThatThrownBy(() -> signIn(email, password)).isInstanceOf(BadCredentialsException.class)
                .hasMessage(GENERIC);
    }

    private static UsernamePasswordAuthenticationToken attempt(String email, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(email, password);
    }

    /** Serves the next sign-ins as a request from a fresh client address, which it returns. */
    private static String fromNewAddress() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        String address = "test-" + UUID.randomUUID().toString().substring(0, 8);
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return address;
    }

    private List<SecurityLog.Entry> entriesOf(String email) {
        return log.search(new SecurityLog.Filter(email, null, null, null), PageRequest.of(0, 50));
    }

    /** Wraps the portal's password encoder to count the password checks (the real check still runs). */
    static class CountingEncoder implements BeanPostProcessor {

        final AtomicInteger checks = new AtomicInteger();

        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
            if (!(bean instanceof PasswordEncoder real) || !name.equals("passwordEncoder")) {
                return bean;
            }
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence raw) {
                    return real.encode(raw);
                }

                @Override
                public boolean matches(CharSequence raw, String encoded) {
                    checks.incrementAndGet();
                    return real.matches(raw, encoded);
                }

                @Override
                public boolean upgradeEncoding(String encoded) {
                    return real.upgradeEncoding(encoded);
                }
            };
        }
    }
}
