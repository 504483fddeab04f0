package com.fasttrack.portal.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The domain's feature packages form no cycle (decision 021): every feature stands on engagement and on the shared
 * kernel, and engagement stands on organisation, security and shared only. This module's test classpath holds the
 * domain alone, so every analysed class is the domain's.
 */
@AnalyzeClasses(packages = "com.fasttrack.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainSlicesTest {

    @ArchTest
    static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("com.fasttrack.portal.(*)..")
            .should().beFreeOfCycles()
            .because("a feature of the domain plugs into the engagement; nothing the engagement stands on reaches back");
}
