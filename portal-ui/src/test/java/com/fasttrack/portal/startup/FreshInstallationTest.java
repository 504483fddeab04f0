package com.fasttrack.portal.startup;

import com.fasttrack.portal.Application;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.testing.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The whole portal started on a database of its own that nobody has used yet, as on a new installation. */
@ExtendWith(OutputCaptureExtension.class)
class FreshInstallationTest {

    @Test
    void withoutAFirstProgramManagerItRefusesToStartWithOneMessage(CapturedOutput output) {
        assertThat(refusal(() -> start(TestDatabase.get().createEmpty(),
                "--portal.admin.email=", "--portal.admin.password=")))
                .hasMessageContaining("The database has no users yet")
                .hasMessageContaining("PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD");

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START", "The database has no users yet")
                .doesNotContain("\tat com.fasttrack.portal");
    }

    @Test
    void aFirstProgramManagerPasswordThePolicyRefusesStopsTheStartNamingThePolicy() {
        assertThat(refusal(() -> start(TestDatabase.get().createEmpty(),
                "--portal.admin.email=first@portal.example", "--portal.admin.password=short")))
                .hasMessageContaining("PORTAL_ADMIN_PASSWORD")
                .hasMessageContaining("at least 12 characters")
                .hasMessageNotContaining("short");
    }

    @Test
    void theDevProfileStartsOnAnEmptyDatabaseWithTheDemoDataAndNeedsNoProgramManager() {
        try (ConfigurableApplicationContext portal = start(TestDatabase.get().createEmpty(),
                "--spring.profiles.active=dev", "--portal.admin.email=", "--portal.admin.password=")) {
            UserAccounts accounts = portal.getBean(UserAccounts.class);
            assertThat(accounts.findByEmail(new EmailAddress("morgan.lee@fasttrack.example"))).isPresent();
            assertThat(accounts.count("")).isGreaterThanOrEqualTo(8);
        }
    }

    /** The refusal the start failed with, wherever Spring Boot put it in the chain of causes. */
    private static StartupRefused refusal(ThrowingCallable start) {
        Throwable failure = catchThrowable(() -> start.call().close());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupRefused refused) {
                return refused;
            }
        }
        throw new AssertionError("The portal did not refuse to start", failure);
    }

    @FunctionalInterface
    private interface ThrowingCallable {
        ConfigurableApplicationContext call();
    }

    private static ConfigurableApplicationContext start(TestDatabase database, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password()));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(Application.class).run(all.toArray(String[]::new));
    }
}
