package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementDraft;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.testing.UserThreads;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Two people edit the same engagement: nobody's edit is silently lost, and nobody has to retype theirs. */
class ConflictingEditsTest extends KaribuTest {

    private static final LocalDate GO_LIVE = LocalDate.of(2027, 6, 30);

    @Autowired
    Engagements engagements;
    @Autowired
    EngagementService service;
    @Autowired
    UserThreads users;

    private UserAccount engineer;
    private UserAccount manager;
    private Engagement engagement;

    private void anEngagementOfAnEngineerAndAManager() {
        engineer = testData.user(Role.ENGINEER);
        manager = testData.user(Role.PROGRAM_MANAGER);
        engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Shared"), List.of(engineer), "SAP");
    }

    private EditEngagementDialog engineerStartsEditing() {
        login(engineer);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _click(_get(Button.class, spec -> spec.withId("edit-engagement")));
        EditEngagementDialog dialog = _get(EditEngagementDialog.class);
        fill(dialog.form.title, "Engineer's title");
        fill(dialog.form.targetGoLive, GO_LIVE);
        return dialog;
    }

    /** The manager saves the version the engineer loaded: a new title (clashes) and a goal (does not). */
    private void managerSavesMeanwhile() {
        users.run(manager, () -> service.update(engagement.id(), engagement.version(), new EngagementDraft(
                engagement.customerId(), "Manager's title", "Manager's goal", PartnershipOption.FASTTRACK,
                Set.of(new WorkloadCode("SAP")), Set.of(), null, Map.of())));
    }

    private Engagement stored() {
        return engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
    }

    private static String text(String id) {
        return _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void theChangedRecordBannerAppearsAboveTheFormAndLeavesTheTypedValuesAlone() {
        anEngagementOfAnEngineerAndAManager();
        EditEngagementDialog dialog = engineerStartsEditing();
        _assertNone(Div.class, spec -> spec.withId("changed-banner"));

        dialog.recordChangedElsewhere(manager.displayName(), Instant.now());

        Div banner = _get(Div.class, spec -> spec.withId("changed-banner"));
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("This engagement was just changed by " + manager.displayName()
                + ". What you typed is kept; saving will show you what clashes.");
        assertThat(dialog.getChildren().toList().indexOf(banner))
                .isLessThan(dialog.getChildren().toList().indexOf(dialog.form));
        assertThat(dialog.form.title.getValue()).isEqualTo("Engineer's title");
        assertThat(dialog.form.targetGoLive.getValue()).isEqualTo(GO_LIVE);
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void theEngagementPagePassesALiveChangeOnToTheOpenEditor() {
        anEngagementOfAnEngineerAndAManager();
        EditEngagementDialog dialog = engineerStartsEditing();

        _get(EngagementView.class).recordChangedElsewhere(manager.displayName(), Instant.now());

        assertThat(dialog.banner.isVisible()).isTrue();
        assertThat(dialog.form.title.getValue()).isEqualTo("Engineer's title");
    }

    @Test
    void savingAfterAConcurrentChangeShowsTheClashSideBySideAndReappliesTheOtherEdits() {
        anEngagementOfAnEngineerAndAManager();
        EditEngagementDialog dialog = engineerStartsEditing();
        dialog.recordChangedElsewhere(manager.displayName(), Instant.now());
        managerSavesMeanwhile();

        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        ConflictDialog conflict = _get(ConflictDialog.class);
        assertThat(conflict.getId()).hasValue("conflict-dialog");
        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-summary")).getText())
                .startsWith(manager.displayName() + " changed this engagement at ");
        assertThat(text("conflict-clash-title")).contains("Title", "Engineer's title", "Manager's title");
        assertThat(text("conflict-mine-target-go-live")).contains("Target go-live", "2027-06-30");
        assertThat(text("conflict-theirs-goal")).contains("Manager's goal");
        _assertNone(Div.class, spec -> spec.withId("conflict-clash-goal"));
        assertThat(dialog.isOpened()).as("the edit stays open with what was typed").isTrue();
        assertThat(dialog.form.title.getValue()).isEqualTo("Engineer's title");
        assertThat(stored().title()).isEqualTo("Manager's title");

        _click(conflict.reapply);

        Engagement merged = stored();
        assertThat(merged.title()).isEqualTo("Manager's title");
        assertThat(merged.goal()).isEqualTo("Manager's goal");
        assertThat(merged.targetGoLive()).isEqualTo(GO_LIVE);
        assertThat(merged.version()).isEqualTo(engagement.version() + 2);
        assertThat(conflict.isOpened()).isFalse();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(H2.class, spec -> spec.withId("engagement-title")).getText()).isEqualTo("Manager's title");
    }

    @Test
    void keepEditingRebasesTheFormSoThatTheNextSaveKeepsMyValuesAndTheirOtherChanges() {
        anEngagementOfAnEngineerAndAManager();
        EditEngagementDialog dialog = engineerStartsEditing();
        managerSavesMeanwhile();
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        _click(_get(ConflictDialog.class).keepEditing);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.title.getValue()).isEqualTo("Engineer's title");
        assertThat(dialog.form.goal.getValue()).isEqualTo("Manager's goal");
        assertThat(dialog.form.targetGoLive.getValue()).isEqualTo(GO_LIVE);
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        Engagement saved = stored();
        assertThat(saved.title()).isEqualTo("Engineer's title");
        assertThat(saved.goal()).isEqualTo("Manager's goal");
        assertThat(saved.targetGoLive()).isEqualTo(GO_LIVE);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void discardingClosesTheEditAndShowsTheCurrentRecord() {
        anEngagementOfAnEngineerAndAManager();
        EditEngagementDialog dialog = engineerStartsEditing();
        managerSavesMeanwhile();
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        _click(_get(ConflictDialog.class).discard);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored().title()).isEqualTo("Manager's title");
        assertThat(stored().targetGoLive()).isNull();
        assertThat(_get(H2.class, spec -> spec.withId("engagement-title")).getText()).isEqualTo("Manager's title");
    }

    @Test
    void aCustomersGoalThatClashesCannotBeReappliedButCanBeSavedKnowinglyOnTheNewVersion() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        engineer = testData.user(Role.ENGINEER);
        engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Goal"),
                List.of(engineer), "SAP");
        login(customer);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _click(_get(Button.class, spec -> spec.withId("edit-goal")));
        GoalDialog dialog = _get(GoalDialog.class);
        fill(dialog.text, "Customer's goal");
        users.run(engineer, () -> service.describeGoal(engagement.id(), engagement.version(), "Engineer's goal"));

        _click(_get(Button.class, spec -> spec.withId("save-goal")));

        ConflictDialog conflict = _get(ConflictDialog.class);
        assertThat(text("conflict-clash-goal")).contains("Customer's goal", "Engineer's goal");
        assertThat(conflict.reapply.isEnabled()).as("nothing of mine is free of the clash").isFalse();
        _click(conflict.keepEditing);
        assertThat(dialog.text.getValue()).isEqualTo("Customer's goal");
        _click(_get(Button.class, spec -> spec.withId("save-goal")));

        assertThat(stored().goal()).isEqualTo("Customer's goal");
        assertThat(dialog.isOpened()).isFalse();
    }
}
