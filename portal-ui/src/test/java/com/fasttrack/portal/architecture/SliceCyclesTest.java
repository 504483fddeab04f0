package com.fasttrack.portal.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Every top-level package of portal-ui is a slice: the features, the layout and the neutral packages (shared, ui,
 * security, access, operations, startup, live). No slice may reach back into one that reaches it (decision 021).
 */
@AnalyzeClasses(packages = "com.fasttrack.portal",
        importOptions = {ImportOption.DoNotIncludeTests.class, PortalUiClasses.class})
class SliceCyclesTest {

    @ArchTest
    static final ArchRule slicesAreFreeOfCycles = slices()
            .matching("com.fasttrack.portal.(*)..").namingSlices("$1")
            .should().beFreeOfCycles()
            .because("a feature plugs into the engagement and the layout; nothing they stand on reaches back into it");
}
