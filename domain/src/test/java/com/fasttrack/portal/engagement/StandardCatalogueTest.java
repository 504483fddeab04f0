package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Region;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class StandardCatalogueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static WorkloadArea area(String code) {
        return StandardCatalogue.areas().stream().filter(a -> a.code().value().equals(code)).findFirst()
                .orElseThrow();
    }

    @Test
    void hasTheSixteenWorkloadsOfTheSource() {
        assertThat(StandardCatalogue.areas()).hasSize(16).extracting(WorkloadArea::name)
                .contains("DC migration", "SAP on Azure", "High-performance computing", "IoT");
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void hpcIsALimitedPreviewInFourRegionsOnly(Region region) {
        Availability expected = StandardCatalogue.HPC_PREVIEW.contains(region)
                ? Availability.PREVIEW : Availability.UNAVAILABLE;
        assertThat(area("HPC").availabilityOn(region, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void cloudScaleAnalyticsAndIntelligentAgentsArePreviewsInUkAndWesternEuropeOnly(Region region) {
        boolean preview = region == Region.UNITED_KINGDOM || region == Region.WESTERN_EUROPE;
        Availability expected = preview ? Availability.PREVIEW : Availability.UNAVAILABLE;
        assertThat(area("CLOUD_SCALE_ANALYTICS").availabilityOn(region, TODAY)).isEqualTo(expected);
        assertThat(area("INTELLIGENT_AGENTS").availabilityOn(region, TODAY)).isEqualTo(expected);
    }

    @Test
    void iotIsAvailableFromTheFirstOfJuly2019() {
        WorkloadArea iot = area("IOT");
        assertThat(iot.availabilityOn(Region.JAPAN, LocalDate.of(2019, 6, 30))).isEqualTo(Availability.UNAVAILABLE);
        assertThat(iot.availabilityOn(Region.JAPAN, LocalDate.of(2019, 7, 1))).isEqualTo(Availability.AVAILABLE);
    }

    @ParameterizedTest
    @EnumSource(Region.class)
    void generalWorkloadsAreAvailableEverywhere(Region region) {
        assertThat(area("SAP").availabilityOn(region, TODAY)).isEqualTo(Availability.AVAILABLE);
        assertThat(area("DEVOPS").isPreviewIn(region, TODAY)).isFalse();
    }
}
