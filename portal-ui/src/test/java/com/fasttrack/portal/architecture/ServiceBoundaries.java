package com.fasttrack.portal.architecture;

import com.fasttrack.portal.shared.service.NotABoundary;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** What makes a bean of a service package a boundary: a transaction and a security check for every caller. */
final class ServiceBoundaries {

    /** Spring beans, whichever stereotype says so (@Service, @Component, @Repository, or one of ours). */
    static final DescribedPredicate<JavaClass> SPRING_BEANS = DescribedPredicate.describe(
            "Spring beans (meta-annotated with @Component)", type -> type.isMetaAnnotatedWith(Component.class));

    static final ArchCondition<JavaClass> BE_A_BOUNDARY_OR_SAY_WHY_NOT =
            new ArchCondition<>("be @Transactional and secured by @PreAuthorize (on the class or on every public "
                    + "method), or carry @NotABoundary with its reason") {
                @Override
                public void check(JavaClass bean, ConditionEvents events) {
                    if (bean.isAnnotatedWith(NotABoundary.class)) {
                        boolean reasoned = !bean.getAnnotationOfType(NotABoundary.class).value().isBlank();
                        events.add(new SimpleConditionEvent(bean, reasoned,
                                bean.getName() + " says it is no boundary but gives no reason"));
                        return;
                    }
                    boolean transactional = bean.isMetaAnnotatedWith(Transactional.class);
                    List<String> unsecured = unsecuredPublicMethods(bean);
                    boolean secured = bean.isMetaAnnotatedWith(PreAuthorize.class) || unsecured.isEmpty();
                    String missing = (transactional ? "" : " no class-level @Transactional;")
                            + (secured ? "" : " no @PreAuthorize on the class nor on " + unsecured + ";");
                    events.add(new SimpleConditionEvent(bean, transactional && secured,
                            bean.getName() + " is a bean of a service package with" + missing
                                    + " add them, or @NotABoundary(\"why\") if it is no boundary"));
                }
            };

    private ServiceBoundaries() {
    }

    private static List<String> unsecuredPublicMethods(JavaClass bean) {
        return bean.getMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(method -> !method.getModifiers().contains(JavaModifier.STATIC))
                .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE))
                .filter(method -> !method.isMetaAnnotatedWith(PreAuthorize.class))
                .map(JavaMethod::getName)
                .sorted()
                .toList();
    }
}
