package com.fasttrack.portal.security;

import com.fasttrack.portal.demo.DemoMode;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances starting together on a fresh database: both start, and there is one first program manager. */
@PortalIntegrationTest
class InitialProgramManagerTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoMode demoMode;

    @RepeatedTest(3)
    void twoInstancesStartingAtOnceCreateTheFirstProgramManagerOnceAndBothStart() throws Exception {
        String email = TestData.uniqueEmail("first-pm");
        List<InitialProgramManager> instances = List.of(
                new InitialProgramManager(accounts, passwordEncoder, demoMode, email, "first-password-1"),
                new InitialProgramManager(accounts, passwordEncoder, demoMode, email, "first-password-1"));
        CyclicBarrier together = new CyclicBarrier(instances.size());
        try (ExecutorService starts = Executors.newFixedThreadPool(instances.size())) {
            List<Future<Object>> started = instances.stream().map(instance -> starts.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                instance.run(new DefaultApplicationArguments());
                return null;
            })).toList();
            for (Future<Object> start : started) {
                start.get(60, TimeUnit.SECONDS);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user where email = ?", Long.class, email))
                .isEqualTo(1);
        assertThat(accounts.findByEmail(new EmailAddress(email)))
                .hasValueSatisfying(pm -> {
                    assertThat(pm.role()).isEqualTo(Role.PROGRAM_MANAGER);
                    assertThat(pm.passwordChangeRequired()).isTrue();
                });
    }
}
