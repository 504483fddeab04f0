package com.fasttrack.portal.architecture;

import com.fasttrack.portal.engagement.EngagementId;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

/** The domain module's classes, told apart by where they were loaded from rather than by a list of packages. */
final class DomainClasses {

    private static final ModuleLocation DOMAIN_LOCATION = ModuleLocation.of(EngagementId.class);

    /**
     * The domain's ports: its interfaces that the domain itself does not implement (repositories and queries, which
     * adapters implement), as opposed to value types such as a sealed scope or an event type the domain's records
     * implement. Needs the domain module's classes among the imported ones.
     */
    static final DescribedPredicate<JavaClass> DOMAIN_PORTS = DescribedPredicate.describe(
            "ports of the domain module (its interfaces it does not implement itself)",
            type -> type.isInterface() && !type.isAnnotation() && inDomain(type)
                    && type.getAllSubclasses().stream().noneMatch(DomainClasses::inDomain));

    private DomainClasses() {
    }

    static boolean inDomain(JavaClass type) {
        return type.getSource().map(source -> DOMAIN_LOCATION.holds(source.getUri())).orElse(false);
    }
}
