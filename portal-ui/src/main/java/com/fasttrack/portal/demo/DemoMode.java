package com.fasttrack.portal.demo;

import com.fasttrack.portal.database.DatabaseInfo;
import com.fasttrack.portal.security.SeededAccounts;
import com.fasttrack.portal.startup.StartupRefused;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether the portal runs on demo data (seeded users with one known password, listed on the login page): only when
 * asked for, by the {@code dev} profile (which {@code spring-boot:run} turns on) or {@code portal.demo-data=true}.
 * On a PostgreSQL server the {@code dev} profile must be on as well, so a stray {@code PORTAL_DEMO_DATA=true} cannot
 * put known passwords into a production database: the portal then refuses to start. {@code portal.demo-data=scale}
 * asks for the demo data plus the scale data set (decision record 022) under the same rule.
 */
@Component
public class DemoMode implements SeededAccounts {

    /** The password of every demo user; shown on the login page only in demo mode. */
    public static final String PASSWORD = "fasttrack-demo";

    static final String DEV_PROFILE = "dev";

    /** The value of {@code portal.demo-data} that adds the scale data set to the demo data. */
    static final String SCALE = "scale";

    private final boolean enabled;
    private final boolean scale;

    DemoMode(Environment environment, DatabaseInfo database) {
        scale = SCALE.equalsIgnoreCase(environment.getProperty("portal.demo-data", "").strip());
        boolean requested = scale || environment.getProperty("portal.demo-data", Boolean.class, false);
        boolean dev = environment.acceptsProfiles(Profiles.of(DEV_PROFILE));
        if (requested && !database.embedded() && !dev) {
            throw new StartupRefused("Demo data (PORTAL_DEMO_DATA=true) would create users with a published password "
                    + "in the PostgreSQL server at " + database.description() + ".",
                    "Remove PORTAL_DEMO_DATA (portal.demo-data) for a real installation; for a development server that "
                    + "may hold demo users, also turn on the dev profile (SPRING_PROFILES_ACTIVE=dev).");
        }
        this.enabled = requested;
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    /** Whether the scale data set is seeded on top of the demo data. */
    public boolean scale() {
        return scale;
    }

    @Override
    public String password() {
        return PASSWORD;
    }

    @Override
    public List<DemoLogin> logins() {
        return DemoData.LOGINS;
    }

    /** One demo user as the login page lists it. */
    public record DemoLogin(String role, String email, String who) implements SeededAccounts.Login {
    }
}
