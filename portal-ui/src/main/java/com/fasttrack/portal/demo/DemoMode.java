package com.fasttrack.portal.demo;

import com.fasttrack.portal.database.DatabaseInfo;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Whether the portal runs on demo data: by default exactly when it runs on the embedded database, or as
 * {@code portal.demo-data} says. Production (a configured database, demo off) seeds nothing and shows no logins.
 */
@Component
public class DemoMode {

    /** The password of every demo user; shown on the login page only in demo mode. */
    public static final String PASSWORD = "fasttrack-demo";

    private final boolean enabled;

    DemoMode(Environment environment, DatabaseInfo database) {
        this.enabled = environment.getProperty("portal.demo-data", Boolean.class, database.embedded());
    }

    public boolean enabled() {
        return enabled;
    }

    public List<DemoLogin> logins() {
        return DemoData.LOGINS;
    }

    /** One demo user as the login page lists it. */
    public record DemoLogin(String role, String email, String who) {
    }
}
