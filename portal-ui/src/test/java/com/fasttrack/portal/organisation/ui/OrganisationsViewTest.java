package com.fasttrack.portal.organisation.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.organisation.service.OrganisationService;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.KaribuTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationsViewTest extends KaribuTest {

    @Autowired
    OrganisationService organisationService;

    @Test
    void searchFiltersTheGridInTheDatabase() {
        Organisation wanted = testData.customerOrganisation(Region.BRAZIL);
        testData.customerOrganisation(Region.INDIA);
        login(Role.PROGRAM_MANAGER);
        navigate("organisations");

        OrganisationsView view = _get(OrganisationsView.class);
        view.search.setValue(wanted.name());

        assertThat(_findAll(view.grid)).containsExactly(wanted);
    }

    @Test
    void serviceRefusesACustomerEvenWhenCalledDirectly() {
        login(Role.CUSTOMER);
        assertThatThrownBy(() -> organisationService.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void serviceRefusesAnonymousCalls() {
        assertThatThrownBy(() -> organisationService.count(""))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }
}
