package com.fasttrack.portal.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A Spring test of the persistence module against the real PostgreSQL of {@link TestDatabase}, with
 * {@link PersistenceFixtures} to create its data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PersistenceTestApplication.class)
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(PersistenceFixtures.class)
public @interface PersistenceTest {
}
