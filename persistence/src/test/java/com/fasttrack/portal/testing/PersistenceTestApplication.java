package com.fasttrack.portal.testing;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest application that holds the persistence module: JPA, Flyway and the adapters. */
@SpringBootApplication(scanBasePackages = "com.fasttrack.portal")
@AutoConfigurationPackage(basePackages = "com.fasttrack.portal")
public class PersistenceTestApplication {
}
