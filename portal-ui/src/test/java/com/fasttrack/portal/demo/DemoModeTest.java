package com.fasttrack.portal.demo;

import com.fasttrack.portal.database.DatabaseInfo;
import com.fasttrack.portal.startup.StartupRefused;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the portal seeds demo users with their published password, and when it refuses to. */
class DemoModeTest {

    private static final DatabaseInfo EMBEDDED = new DatabaseInfo(true, "embedded PostgreSQL");
    private static final DatabaseInfo SERVER = new DatabaseInfo(false, "jdbc:postgresql://db:5432/portal as user portal");

    @Test
    void theEmbeddedDatabaseAloneIsNoDemo() {
        assertThat(new DemoMode(new MockEnvironment(), EMBEDDED).enabled()).isFalse();
    }

    @Test
    void theEmbeddedDatabaseRunsTheDemoWhenAskedFor() {
        assertThat(new DemoMode(new MockEnvironment().withProperty("portal.demo-data", "true"), EMBEDDED).enabled())
                .isTrue();
    }

    @Test
    void theDevProfileRunsTheDemoOnTheEmbeddedDatabaseAndOnAServer() {
        for (DatabaseInfo database : new DatabaseInfo[] {EMBEDDED, SERVER}) {
            assertThat(new DemoMode(devProfile(), database).enabled()).isTrue();
        }
    }

    @Test
    void theDevProfileMayStillTurnTheDemoOff() {
        assertThat(new DemoMode(devProfile().withProperty("portal.demo-data", "false"), SERVER).enabled()).isFalse();
    }

    @Test
    void aServerIsNoDemo() {
        assertThat(new DemoMode(new MockEnvironment(), SERVER).enabled()).isFalse();
    }

    @Test
    void demoDataOnAServerWithoutTheDevProfileRefusesToStartSayingWhy() {
        MockEnvironment environment = new MockEnvironment().withProperty("portal.demo-data", "true");

        assertThatThrownBy(() -> new DemoMode(environment, SERVER))
                .isInstanceOf(StartupRefused.class)
                .hasMessageContaining("PORTAL_DEMO_DATA=true")
                .hasMessageContaining("jdbc:postgresql://db:5432/portal")
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=dev");
    }

    /** The dev profile as application-dev.properties makes it. */
    private static MockEnvironment devProfile() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("dev");
        environment.setProperty("portal.demo-data", "true");
        return environment;
    }
}
