package com.fasttrack.portal.organisation.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.organisation.service.OrganisationService;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.StaleVersionException;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
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
    void programManagerCreatesAnOrganisationThroughTheDialog() {
        OrganisationsView view = openAsProgramManager();
        String name = TestData.unique("Wingtip Toys");

        _click(view.create);
        OrganisationDialog dialog = _get(OrganisationDialog.class);
        fill(dialog.form.name, "  " + name + " ");
        fill(dialog.form.kind, OrganisationKind.PARTNER);
        fill(dialog.form.homeRegion, Region.CANADA);
        _click(dialog.save);

        _assertNone(OrganisationDialog.class);
        view.search.setValue(name);
        assertThat(_findAll(view.grid)).singleElement().satisfies(created -> {
            assertThat(created.name()).isEqualTo(name);
            assertThat(created.kind()).isEqualTo(OrganisationKind.PARTNER);
            assertThat(created.homeRegion()).isEqualTo(Region.CANADA);
        });
    }

    @Test
    void aNameTakenInAnyCaseIsRefusedNextToTheFieldAndNothingIsWritten() {
        Organisation existing = testData.customerOrganisation(Region.JAPAN);
        OrganisationsView view = openAsProgramManager();
        String twin = existing.name().toUpperCase();

        _click(view.create);
        OrganisationDialog dialog = _get(OrganisationDialog.class);
        fill(dialog.form.name, twin);
        fill(dialog.form.kind, OrganisationKind.CUSTOMER);
        fill(dialog.form.homeRegion, Region.JAPAN);
        _click(dialog.save);

        _expectInvalid(dialog.form.name, "An organisation named '" + twin + "' already exists");
        _assertOne(OrganisationDialog.class);
        assertThat(organisationService.count(existing.name())).isEqualTo(1);
    }

    @Test
    void nameIsRequiredAndHasAMaximumLength() {
        OrganisationsView view = openAsProgramManager();
        _click(view.create);
        OrganisationDialog dialog = _get(OrganisationDialog.class);
        fill(dialog.form.kind, OrganisationKind.CUSTOMER);
        fill(dialog.form.homeRegion, Region.INDIA);

        _click(dialog.save);
        _expectInvalid(dialog.form.name, "Name is required");

        String tooLong = "x".repeat(201);
        fill(dialog.form.name, tooLong);
        _click(dialog.save);
        _expectInvalid(dialog.form.name, "Name must be at most 200 characters");
        _assertOne(OrganisationDialog.class);
        assertThat(organisationService.count(tooLong.substring(0, 199))).isZero();
    }

    @Test
    void programManagerRenamesAndMovesAnOrganisationButCannotChangeItsKind() {
        Organisation existing = testData.partnerOrganisation(Region.INDIA);
        OrganisationsView view = openAsProgramManager();
        view.search.setValue(existing.name());
        String renamed = existing.name() + " Renamed";

        _click((Button) _getCellComponent(view.grid, 0, "actions"));
        OrganisationDialog dialog = _get(OrganisationDialog.class);
        assertThat(dialog.form.name.getValue()).isEqualTo(existing.name());
        assertThat(dialog.form.kind.isReadOnly()).isTrue();
        fill(dialog.form.name, renamed);
        fill(dialog.form.homeRegion, Region.AUSTRALIA);
        _click(dialog.save);

        _assertNone(OrganisationDialog.class);
        view.search.setValue(renamed);
        assertThat(_findAll(view.grid)).singleElement().satisfies(saved -> {
            assertThat(saved.id()).isEqualTo(existing.id());
            assertThat(saved.homeRegion()).isEqualTo(Region.AUSTRALIA);
            assertThat(saved.kind()).isEqualTo(OrganisationKind.PARTNER);
            assertThat(saved.version()).isGreaterThan(existing.version());
        });
    }

    @Test
    void anEditOverTakenBySomeoneElseSaysSoAndKeepsTheirChange() {
        Organisation existing = testData.customerOrganisation(Region.BRAZIL);
        OrganisationsView view = openAsProgramManager();
        view.search.setValue(existing.name());
        _click((Button) _getCellComponent(view.grid, 0, "actions"));
        OrganisationDialog dialog = _get(OrganisationDialog.class);

        String theirs = existing.name() + " (theirs)";
        organisationService.update(existing.id(), existing.version(), theirs, Region.BRAZIL);
        fill(dialog.form.name, existing.name() + " (mine)");
        _click(dialog.save);

        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).startsWith("Someone else changed this organisation")
                .doesNotContain("Exception");
        _assertOne(OrganisationDialog.class);
        assertThat(organisationService.list(existing.name(), PageRequest.of(0, 10)))
                .extracting(Organisation::name).containsExactly(theirs);
    }

    @Test
    void updateWithAStaleVersionIsRefused() {
        Organisation existing = testData.customerOrganisation(Region.CANADA);
        login(Role.PROGRAM_MANAGER);
        organisationService.update(existing.id(), existing.version(), existing.name() + " v2", Region.CANADA);

        assertThatThrownBy(() -> organisationService.update(existing.id(), existing.version(),
                existing.name() + " v3", Region.CANADA)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void serviceRefusesACustomerEvenWhenCalledDirectly() {
        login(Role.CUSTOMER);
        assertThatThrownBy(() -> organisationService.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisationService.create(TestData.unique("Sneaky"), OrganisationKind.CUSTOMER,
                Region.INDIA)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void serviceRefusesAnonymousCalls() {
        assertThatThrownBy(() -> organisationService.count(""))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
    }

    private OrganisationsView openAsProgramManager() {
        login(Role.PROGRAM_MANAGER);
        navigate("organisations");
        return _get(OrganisationsView.class);
    }
}
