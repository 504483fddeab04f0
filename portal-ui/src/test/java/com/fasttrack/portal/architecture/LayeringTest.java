package com.fasttrack.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of docs/decisions/001: views reach data only through services. */
@AnalyzeClasses(packages = "com.fasttrack.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule viewsDoNotTouchRepositoriesOrEntities = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().resideInAnyPackage("..jpa..", "..jdbc..", "org.springframework.data..",
                    "jakarta.persistence..")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("views call services only; services are the transaction and security boundary");

    /** The domain's interfaces are its ports (repositories and queries); only services may use them. */
    @ArchTest
    static final ArchRule viewsDoNotUseDomainPorts = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(JavaClass.Predicates.INTERFACES.and(JavaClass.Predicates.resideInAnyPackage(
                    "com.fasttrack.portal.organisation", "com.fasttrack.portal.security",
                    "com.fasttrack.portal.engagement", "com.fasttrack.portal.checkin", "com.fasttrack.portal.blocker",
                    "com.fasttrack.portal.health", "com.fasttrack.portal.portfolio", "com.fasttrack.portal.shared",
                    "com.fasttrack.portal.partner", "com.fasttrack.portal.backlog")))
            .because("repositories (ports) are reached only through services");

    @ArchTest
    static final ArchRule servicesDoNotKnowVaadin = noClasses()
            .that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
            .because("services take and return domain types, never UI types");

    @ArchTest
    static final ArchRule servicesAreTransactionalAndSecured = classes()
            .that().resideInAPackage("..service..").and().haveSimpleNameEndingWith("Service")
            .should().beAnnotatedWith(org.springframework.transaction.annotation.Transactional.class)
            .andShould().beAnnotatedWith(org.springframework.security.access.prepost.PreAuthorize.class);

    /** Feature services may depend on the access package: scope, load within scope and the staff check live there. */
    @ArchTest
    static final ArchRule accessServesTheFeatureServices = classes()
            .that().resideInAPackage("com.fasttrack.portal.access..")
            .should().onlyHaveDependentClassesThat().resideInAnyPackage("com.fasttrack.portal.access..", "..service..")
            .because("every feature's services reach engagements in scope through one neutral package, "
                    + "not through the engagement feature's services; views ask their services");

    /** The access package stands on the domain, security and shared only, so every feature may use it. */
    @ArchTest
    static final ArchRule accessKnowsNoFeature = noClasses()
            .that().resideInAPackage("com.fasttrack.portal.access..")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..api..", "..jpa..", "..jdbc..")
            .orShould().dependOnClassesThat(resideInAPackage("..service..")
                    .and(not(resideInAnyPackage("com.fasttrack.portal.security.service.."))))
            .because("a neutral package that imported a feature's service would tie every feature to it");
}
