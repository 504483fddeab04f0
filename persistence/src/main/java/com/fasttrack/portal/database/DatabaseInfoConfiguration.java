package com.fasttrack.portal.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Tells which database the portal uses, and logs it at startup, never with its password. The embedded database
 * describes itself ({@link EmbeddedDatabaseConfiguration}); this class never touches its classes, which the
 * production jar lacks.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseInfoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInfoConfiguration.class);

    @Bean
    @Conditional(DatasourceConfigured.class)
    DatabaseInfo configuredDatabaseInfo(Environment environment) {
        return new DatabaseInfo(false, DatabaseInfo.redact(environment.getProperty("spring.datasource.url", "?"))
                + " as user " + environment.getProperty("spring.datasource.username", "(driver default)"));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner logDatabase(DatabaseInfo info) {
        return args -> log.info("Database: {}", info.description());
    }
}
