package com.fasttrack.portal.architecture;

import com.fasttrack.portal.Application;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.layout.MainLayout;
import com.fasttrack.portal.live.LiveEvent;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules tell modules apart by location; if that broke they would pass on nothing, so this says it works. */
class ModuleLocationTest {

    @Test
    void portalUiClassesAreItsOwnAndNotTheDomainsOfTheSamePackages() {
        JavaClasses own = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .withImportOption(new PortalUiClasses()).importPackages("com.fasttrack.portal");

        assertThat(own.contain(Application.class)).isTrue();
        assertThat(own.contain(MainLayout.class)).isTrue();
        assertThat(own.contain(EngagementId.class)).isFalse();
        assertThat(own.contain(Engagements.class)).isFalse();
    }

    @Test
    void portsAreTheDomainsInterfacesItDoesNotImplementItself() {
        JavaClasses all = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("com.fasttrack.portal");

        assertThat(DomainClasses.DOMAIN_PORTS.test(all.get(Engagements.class))).isTrue();
        assertThat(DomainClasses.DOMAIN_PORTS.test(all.get(EngagementScope.class))).isFalse();
        assertThat(DomainClasses.DOMAIN_PORTS.test(all.get(LiveEvent.class))).isFalse();
        assertThat(DomainClasses.inDomain(all.get(EngagementId.class))).isTrue();
        assertThat(DomainClasses.inDomain(all.get(Application.class))).isFalse();
    }
}
