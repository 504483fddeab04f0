package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.testing.KaribuTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkloadCatalogueServiceTest extends KaribuTest {

    private static final WorkloadCode BCDR = new WorkloadCode("BCDR");
    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    @Autowired
    WorkloadCatalogueService service;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everySignedInUserReadsTheCatalogue(Role role) {
        login(role);
        assertThat(service.catalogue()).hasSize(16).first()
                .satisfies(first -> assertThat(first.name()).isEqualTo("DC migration"));
    }

    @Test
    void anonymousCallersCannotReadIt() {
        assertThatThrownBy(() -> service.catalogue()).isInstanceOf(AuthenticationException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CUSTOMER", "ENGINEER", "PARTNER"})
    void onlyProgramManagersChangeIt(Role role) {
        login(role);
        long version = area(SAP).version();

        assertThatThrownBy(() -> service.changeAvailability(SAP, version, Region.BRAZIL, Availability.UNAVAILABLE,
                null)).isInstanceOf(AccessDeniedException.class);
        assertThat(area(SAP).in(Region.BRAZIL).status()).isEqualTo(Availability.AVAILABLE);
        assertThat(area(SAP).version()).isEqualTo(version);
    }

    @Test
    void aStaleVersionIsRefusedWithAClearMessageAndNothingIsWritten() {
        login(Role.PROGRAM_MANAGER);
        WorkloadArea seen = area(BCDR);
        try {
            WorkloadArea changed = service.changeAvailability(BCDR, seen.version(), Region.NORTHERN_EUROPE,
                    Availability.PREVIEW, LocalDate.of(2030, 1, 1));
            assertThat(changed.version()).isGreaterThan(seen.version());

            assertThatThrownBy(() -> service.changeAvailability(BCDR, seen.version(), Region.MIDDLE_EAST_AFRICA,
                    Availability.UNAVAILABLE, null))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("Someone else changed Business continuity & disaster recovery meanwhile; "
                            + "reload and try again");

            WorkloadArea stored = area(BCDR);
            assertThat(stored.version()).isEqualTo(changed.version());
            assertThat(stored.in(Region.MIDDLE_EAST_AFRICA).status()).isEqualTo(Availability.AVAILABLE);
            assertThat(stored.in(Region.NORTHERN_EUROPE).status()).isEqualTo(Availability.PREVIEW);
        } finally {
            service.changeAvailability(BCDR, area(BCDR).version(), Region.NORTHERN_EUROPE, Availability.AVAILABLE,
                    null);
        }
        assertThat(area(BCDR).regions()).isEqualTo(seen.regions());
    }

    @Test
    void theSapMessageNamesTheWorkload() {
        login(Role.PROGRAM_MANAGER);
        long stale = area(SAP).version() + 1;
        assertThatThrownBy(() -> service.changeAvailability(SAP, stale, Region.BRAZIL, Availability.PREVIEW, null))
                .isInstanceOf(DomainException.class)
                .hasMessage("Someone else changed SAP on Azure meanwhile; reload and try again");
        assertThat(area(SAP).in(Region.BRAZIL).status()).isEqualTo(Availability.AVAILABLE);
    }

    private WorkloadArea area(WorkloadCode code) {
        return service.catalogue().stream().filter(area -> area.code().equals(code)).findFirst().orElseThrow();
    }
}
