package com.fasttrack.portal.demo;

import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.testing.PortalIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    DemoMode demoMode;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void seedingTwiceCreatesNothingTheSecondTime() {
        demoData.seed();
        assertThat(demoData.seed()).isZero();
    }

    @Test
    void everyListedDemoLoginExistsWithTheDemoPassword() {
        demoData.seed();
        assertThat(demoMode.logins()).hasSizeGreaterThanOrEqualTo(8);
        for (DemoMode.DemoLogin login : demoMode.logins()) {
            UserAccount account = users.findByEmail(new EmailAddress(login.email())).orElseThrow();
            assertThat(passwordEncoder.matches(DemoMode.PASSWORD, account.passwordHash())).isTrue();
            assertThat(account.passwordHash()).startsWith("{bcrypt}");
        }
        assertThat(demoMode.logins()).extracting(DemoMode.DemoLogin::role)
                .contains(Role.CUSTOMER.label(), Role.ENGINEER.label(), Role.PROGRAM_MANAGER.label(),
                        Role.PARTNER.label());
    }

    @Test
    void aConfiguredDatabaseMeansNoDemoMode() {
        assertThat(demoMode.enabled()).isFalse();
    }
}
