package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.NotFoundView;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.WorkloadChoice;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EngagementViewsTest extends KaribuTest {

    @Autowired
    Engagements engagements;

    private static String notFoundText() {
        return _get(Div.class, spec -> spec.withId("not-found")).getElement().getTextRecursively();
    }

    private void open(EngagementId id) {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(id));
    }

    @Test
    void everyRoleOpensTheEngagementsList() {
        for (Role role : Role.values()) {
            login(role);
            navigate("engagements");
            _assertOne(EngagementsView.class);
        }
    }

    @Test
    void customersAndPartnersCannotOpenTheNewEngagementForm() {
        login(Role.CUSTOMER);
        navigate("engagements/new");
        _assertNone(NewEngagementView.class);
        assertThat(notFoundText()).contains(NotFoundView.MESSAGE);
        login(Role.PARTNER);
        navigate("engagements/new");
        _assertNone(NewEngagementView.class);
    }

    @Test
    void aCustomerOpeningAnotherCustomersEngagementSeesTheSameNotFoundAsForARandomId() {
        UserAccount customerA = testData.user(Role.CUSTOMER);
        UserAccount customerB = testData.user(Role.CUSTOMER);
        Engagement ofB = testData.engagement(testData.organisationOf(customerB), TestData.unique("B's"), List.of(),
                "SAP");
        Engagement ofA = testData.engagement(testData.organisationOf(customerA), TestData.unique("A's"), List.of(),
                "SAP");

        login(customerA);
        open(ofA.id());
        assertThat(_get(H2.class, spec -> spec.withId("engagement-title")).getText()).isEqualTo(ofA.title());

        open(ofB.id());
        _assertNone(H2.class, spec -> spec.withId("engagement-title"));
        String foreign = notFoundText();
        open(new EngagementId(UUID.randomUUID()));
        String random = notFoundText();
        navigate("engagements/not-a-uuid");
        String malformed = notFoundText();
        assertThat(foreign).isEqualTo(random).isEqualTo(malformed).contains(NotFoundView.MESSAGE);
    }

    @Test
    void aCustomerSeesOnlyTheGoalAndStakeholderControls() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Mine"),
                List.of(), "SAP");
        login(customer);
        open(engagement.id());

        _assertNone(Button.class, spec -> spec.withId("edit-engagement"));
        _assertNone(Button.class, spec -> spec.withId("advance-phase"));
        _assertNone(Button.class, spec -> spec.withText("Put on hold"));
        _assertOne(Button.class, spec -> spec.withId("edit-goal"));
        view().selectTab(EngagementTabs.STAKEHOLDERS);
        _assertOne(Button.class, spec -> spec.withId("add-stakeholder"));
    }

    private EngagementView view() {
        return _get(EngagementView.class);
    }

    @Test
    void theFormShowsTheRegionalAvailabilityErrorAndSavesNothing() {
        Organisation japan = testData.customerOrganisation(Region.JAPAN);
        login(Role.ENGINEER);
        navigate("engagements/new");
        NewEngagementView view = _get(NewEngagementView.class);
        EngagementForm form = view.form;

        form.customer.setValue(japan);
        List<WorkloadChoice> offered = form.workloads.getListDataView().getItems().toList();
        WorkloadChoice hpc = offered.stream().filter(c -> c.code().value().equals("HPC")).findFirst().orElseThrow();
        assertThat(hpc.label()).isEqualTo("High-performance computing (not available in Japan)");
        String title = TestData.unique("Simulations");
        form.title.setValue(title);
        form.option.setValue(PartnershipOption.FASTTRACK);
        form.workloads.setValue(Set.of(hpc));
        view.save.click();

        assertThat(form.workloads.isInvalid()).isTrue();
        assertThat(form.workloads.getErrorMessage()).isEqualTo("High-performance computing is not available in Japan");
        _assertOne(NewEngagementView.class);
        assertThat(engagements.count(new EngagementFilter(title, null, null, null, null, null),
                new EngagementScope.All())).isZero();
    }

    @Test
    void requiredFieldsShowTheirMessages() {
        login(Role.PROGRAM_MANAGER);
        navigate("engagements/new");
        NewEngagementView view = _get(NewEngagementView.class);
        view.save.click();
        assertThat(view.form.title.isInvalid()).isTrue();
        assertThat(view.form.title.getErrorMessage()).isEqualTo("Title is required");
        assertThat(view.form.customer.getErrorMessage()).isEqualTo("Choose the customer organisation");
        _assertOne(NewEngagementView.class);
    }

    @Test
    void anEngineerCreatesAnEngagementWithAPreviewWorkloadAndIsAssigned() {
        Organisation uk = testData.customerOrganisation(Region.UNITED_KINGDOM);
        UserAccount engineer = login(Role.ENGINEER);
        navigate("engagements/new");
        NewEngagementView view = _get(NewEngagementView.class);
        view.form.customer.setValue(uk);
        Set<WorkloadChoice> chosen = view.form.workloads.getListDataView().getItems()
                .filter(c -> Set.of("SAP", "CLOUD_SCALE_ANALYTICS").contains(c.code().value()))
                .collect(Collectors.toSet());
        view.form.title.setValue("Analytics for stores");
        view.form.option.setValue(PartnershipOption.SOLUTIONS_PARTNER);
        view.form.workloads.setValue(chosen);
        view.save.click();

        EngagementView page = _get(EngagementView.class);
        assertThat(_get(H2.class, spec -> spec.withId("engagement-title")).getText()).isEqualTo("Analytics for stores");
        String chips = _get(Div.class, spec -> spec.withId("engagement-workloads")).getElement().getTextRecursively();
        assertThat(chips).contains("SAP on Azure", "Cloud-scale analytics", "preview");
        assertThat(page.getElement().getTextRecursively()).contains(engineer.displayName());
    }

    @Test
    void advancingWithAnIncompleteChecklistIsRefused() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Gate"), List.of(engineer), "SAP");
        login(engineer);
        open(engagement.id());
        EngagementView view = view();
        view.selectTab(EngagementTabs.PHASE);

        _assertNone(Button.class, spec -> spec.withId("override-gate"));
        Button advance = _get(Button.class, spec -> spec.withId("advance-phase"));
        assertThatThrownBy(advance::click).isInstanceOf(DomainException.class)
                .hasMessageContaining("The Discovery checklist is incomplete");

        assertThat(engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow().phase())
                .isEqualTo(Phase.DISCOVERY);
        assertThat(_get(Div.class, spec -> spec.withId("phase-stepper")).getElement().getTextRecursively())
                .contains("0/3 done");
    }

    @Test
    void theProgramManagersOverrideNeedsAReasonAndIsRecorded() {
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Override"), List.of(), "SAP");
        UserAccount manager = login(Role.PROGRAM_MANAGER);
        open(engagement.id());
        view().selectTab(EngagementTabs.PHASE);
        _get(Button.class, spec -> spec.withId("override-gate")).click();
        OverrideDialog dialog = _get(OverrideDialog.class);

        dialog.confirm.click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow().phase())
                .isEqualTo(Phase.DISCOVERY);

        dialog.reason.setValue("Assessment done in the customer's own workshop");
        dialog.confirm.click();

        Engagement moved = engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
        assertThat(moved.phase()).isEqualTo(Phase.SOLUTION_ENABLEMENT);
        assertThat(moved.transitions()).singleElement().satisfies(t -> {
            assertThat(t.override()).isTrue();
            assertThat(t.by()).isEqualTo(manager.id());
            assertThat(t.reason()).isEqualTo("Assessment done in the customer's own workshop");
        });
        @SuppressWarnings("unchecked")
        Grid<EngagementDetails.Transition> history = _get(Grid.class, spec -> spec.withId("transitions"));
        assertThat(_findAll(history)).singleElement().satisfies(t -> {
            assertThat(t.by()).isEqualTo(manager.displayName());
            assertThat(t.to()).isEqualTo("Solution enablement");
            assertThat(t.reason()).isEqualTo("Assessment done in the customer's own workshop");
        });
    }

    @Test
    void theUrlKeepsTheFiltersAndReproducesTheList() {
        String tag = TestData.unique("Filter").replace(' ', '-');
        UserAccount engineer = testData.user(Role.ENGINEER);
        Organisation japan = testData.customerOrganisation(Region.JAPAN);
        Organisation uk = testData.customerOrganisation(Region.UNITED_KINGDOM);
        Engagement inJapan = testData.engagement(japan, tag + " one", List.of(engineer), "SAP");
        testData.engagement(uk, tag + " two", List.of(engineer), "SAP");

        login(engineer);
        navigate("engagements?q=" + tag + "&region=JP");
        EngagementsView view = _get(EngagementsView.class);
        assertThat(view.filters.text.getValue()).isEqualTo(tag);
        assertThat(view.filters.region.getValue()).isEqualTo(Region.JAPAN);
        assertThat(_findAll(view.grid)).extracting(s -> s.id()).containsExactly(inJapan.id());

        view.filters.region.clear();
        assertThat(_findAll(view.grid)).hasSize(2);
        assertThat(view.filters.toQuery().getQueryString()).isEqualTo("q=" + tag);
    }

    @Test
    void aCustomerListsOnlyItsOwnEngagements() {
        String tag = TestData.unique("Own").replace(' ', '-');
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement mine = testData.engagement(testData.organisationOf(customer), tag + " mine", List.of(), "SAP");
        testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM), tag + " theirs", List.of(), "SAP");
        login(customer);
        navigate("engagements?q=" + tag);
        assertThat(_findAll(_get(EngagementsView.class).grid)).extracting(s -> s.id()).containsExactly(mine.id());
        assertThat(_find(Button.class, spec -> spec.withId("new-engagement"))).isEmpty();
    }
}
