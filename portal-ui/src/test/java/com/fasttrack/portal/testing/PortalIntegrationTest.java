package com.fasttrack.portal.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The whole portal's Spring context on the test JVM's real PostgreSQL ({@link TestDatabase}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import({TestData.class, UserThreads.class})
public @interface PortalIntegrationTest {
}
