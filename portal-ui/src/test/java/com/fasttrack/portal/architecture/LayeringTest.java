package com.fasttrack.portal.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
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

    /**
     * The domain's ports (found by type: the domain module's interfaces it does not implement itself) are used by the
     * services (jobs included), the adapters (jdbc, jpa, the PostgreSQL live channel), the access package, the demo
     * data, the sign-in machinery Spring Security calls before any service (security's own package) and the
     * operations probes and gauges; never by views or the API (decision 021).
     */
    @ArchTest
    static final ArchRule onlyServicesAndAdaptersUseDomainPorts = classes()
            .that(DomainClasses.DOMAIN_PORTS)
            .should().onlyHaveDependentClassesThat(resideInAnyPackage("..service..", "..jdbc..", "..jpa..",
                    "..postgres..", "com.fasttrack.portal.access..", "com.fasttrack.portal.demo..",
                    "com.fasttrack.portal.security", "com.fasttrack.portal.operations..")
                    .or(DescribedPredicate.describe("the domain", DomainClasses::inDomain)))
            .because("repositories and queries (ports) are reached only through services, the transaction and "
                    + "security boundary");

    @ArchTest
    static final ArchRule viewsAndApiUseNoDomainPort = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..")
            .should().dependOnClassesThat(DomainClasses.DOMAIN_PORTS)
            .because("views and the API call services, which load within the user's scope");

    @ArchTest
    static final ArchRule servicesDoNotKnowVaadin = noClasses()
            .that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
            .because("services take and return domain types, never UI types");

    /** Every bean of a service package, found by its stereotype rather than its name. */
    @ArchTest
    static final ArchRule serviceBeansAreBoundariesOrSayWhyNot = classes()
            .that().resideInAPackage("..service..").and(ServiceBoundaries.SPRING_BEANS)
            .should(ServiceBoundaries.BE_A_BOUNDARY_OR_SAY_WHY_NOT)
            .because("services are the transaction and security boundary; a bean that is not one says in one line why");

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
