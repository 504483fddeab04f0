package com.fasttrack.portal.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole portal's Spring context on the test JVM's real PostgreSQL ({@link TestDatabase}). That database starts
 * empty, and the portal refuses an empty database without a first program manager, so the tests configure one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "portal.admin.email=" + PortalIntegrationTest.FIRST_PROGRAM_MANAGER,
        "portal.admin.password=first-password-of-the-tests"})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({TestData.class, UserThreads.class, SqlStatements.class})
public @interface PortalIntegrationTest {

    /** The program manager the first test context creates on the empty test database. */
    String FIRST_PROGRAM_MANAGER = "first-program-manager@portal.test";
}
