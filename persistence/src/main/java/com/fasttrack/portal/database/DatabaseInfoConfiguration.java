package com.fasttrack.portal.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

import java.nio.file.Path;

/** Tells which database the portal uses, and logs it at startup, never with its password. */
@Configuration(proxyBeanMethods = false)
public class DatabaseInfoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInfoConfiguration.class);

    @Bean
    DatabaseInfo databaseInfo(ObjectProvider<EmbeddedPostgres> embedded, Environment environment) {
        EmbeddedPostgres postgres = embedded.getIfAvailable();
        if (postgres != null) {
            Path dataDir = Path.of(environment.getProperty("portal.embedded-db.data-dir", "data/postgres"))
                    .toAbsolutePath().normalize();
            return new DatabaseInfo(true, postgres.getJdbcUrl("postgres", "postgres")
                    + " (embedded PostgreSQL, data in " + dataDir + ")");
        }
        return new DatabaseInfo(false, DatabaseInfo.redact(environment.getProperty("spring.datasource.url", "?"))
                + " as user " + environment.getProperty("spring.datasource.username", "(driver default)"));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner logDatabase(DatabaseInfo info) {
        return args -> log.info("Database: {}", info.description());
    }
}
