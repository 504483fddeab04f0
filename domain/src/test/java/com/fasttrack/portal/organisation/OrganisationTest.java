package com.fasttrack.portal.organisation;

import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationTest {

    @Test
    void nameIsTrimmedAndRequired() {
        Organisation org = Organisation.create("  Contoso  ", OrganisationKind.CUSTOMER, Region.JAPAN);
        assertThat(org.name()).isEqualTo("Contoso");
        assertThatThrownBy(() -> Organisation.create(" ", OrganisationKind.CUSTOMER, Region.JAPAN))
                .isInstanceOf(DomainException.class).hasMessage("Name is required");
    }

    @Test
    void nameHasAMaximumLength() {
        assertThatThrownBy(() -> Organisation.create("x".repeat(201), OrganisationKind.PARTNER, Region.INDIA))
                .hasMessage("Name must be at most 200 characters");
    }

    @Test
    void regionsRoundTripThroughTheirCodes() {
        for (Region region : Region.values()) {
            assertThat(Region.fromCode(region.code())).isEqualTo(region);
        }
        assertThat(Region.values()).hasSize(11);
    }
}
