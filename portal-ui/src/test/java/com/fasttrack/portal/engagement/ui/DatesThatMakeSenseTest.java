package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;
import com.fasttrack.portal.ui.FormDialog;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Dates the rules refuse are shown by their field, with the rule, and nothing is saved. */
class DatesThatMakeSenseTest extends KaribuTest {

    @Autowired
    Engagements engagements;
    @Autowired
    Blockers blockers;

    private UserAccount engineer;
    private Engagement engagement;

    @BeforeEach
    void engagement() {
        engineer = testData.user(Role.ENGINEER);
        engagement = testData.withSponsor(testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Dates"), List.of(engineer), "SAP"), "Ada Sponsor");
        login(engineer);
    }

    private void open(TabKey tab) {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(tab);
    }

    private EditEngagementDialog edit() {
        open(EngagementTabs.OVERVIEW);
        _click(_get(Button.class, spec -> spec.withId("edit-engagement")));
        return _get(EditEngagementDialog.class);
    }

    private Engagement stored() {
        return engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
    }

    @Test
    void aBlockerDueIn2020IsRefusedByItsDueDate() {
        open(BlockerTabs.BLOCKERS);
        _click(_get(Button.class, spec -> spec.withId("raise-blocker")));
        FormDialog<?> dialog = _get(FormDialog.class);
        fill(_get(dialog, TextField.class, spec -> spec.withLabel("Title")), "VPN quota");
        @SuppressWarnings("unchecked")
        Select<Severity> severity = _get(dialog, Select.class, spec -> spec.withLabel("Severity"));
        fill(severity, Severity.HIGH);
        @SuppressWarnings("unchecked")
        ComboBox<String> owner = _get(dialog, ComboBox.class, spec -> spec.withLabel("Owner"));
        fill(owner, "Ada Sponsor");
        DatePicker due = _get(dialog, DatePicker.class, spec -> spec.withLabel("Due date"));
        fill(due, LocalDate.of(2020, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("save-blocker")));

        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).startsWith("The due date must be today").endsWith("2020-01-01 has passed");
        assertThat(blockers.count(engagement.id(), new EngagementScope.All(), BlockerFilter.ALL)).isZero();

        fill(due, LocalDate.now());
        _click(_get(Button.class, spec -> spec.withId("save-blocker")));
        assertThat(blockers.of(engagement.id(), new EngagementScope.All(), BlockerFilter.ALL, PageRequest.of(0, 5)))
                .singleElement().satisfies(b -> assertThat(b.dueDate()).isEqualTo(LocalDate.now()));
    }

    @Test
    void aTargetGoLiveBeforeTheEngagementStartedIsRefusedByItsField() {
        EditEngagementDialog dialog = edit();
        fill(dialog.form.targetGoLive, LocalDate.of(2019, 3, 1));
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.targetGoLive.isInvalid()).isTrue();
        assertThat(dialog.form.targetGoLive.getErrorMessage())
                .isEqualTo("The target go-live cannot be before the engagement started (" + LocalDate.now() + ")");
        assertThat(stored().targetGoLive()).isNull();
        assertThat(stored().version()).isEqualTo(engagement.version());
    }

    @Test
    void plannedEndsOutOfPhaseOrderAreRefusedByTheLaterPhasesField() {
        EditEngagementDialog dialog = edit();
        fill(dialog.form.plannedEnds.get(Phase.DISCOVERY), LocalDate.now().plusDays(60));
        fill(dialog.form.plannedEnds.get(Phase.SOLUTION_ENABLEMENT), LocalDate.now().plusDays(30));
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        DatePicker later = dialog.form.plannedEnds.get(Phase.SOLUTION_ENABLEMENT);
        assertThat(later.isInvalid()).isTrue();
        assertThat(later.getErrorMessage()).startsWith("Planned ends follow the phases: the end of Solution "
                + "enablement");
        assertThat(dialog.form.plannedEnds.get(Phase.DISCOVERY).isInvalid()).isFalse();
        assertThat(stored().plannedEnds()).isEmpty();

        fill(later, LocalDate.now().plusDays(90));
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored().plannedEnds()).containsEntry(Phase.SOLUTION_ENABLEMENT, LocalDate.now().plusDays(90));
    }

    @Test
    void aProofOfConceptInProductionInTheFutureIsRefusedByItsField() {
        Engagement inEnablement = stored();
        inEnablement.advancePhase(engineer.id(), Role.PROGRAM_MANAGER, Instant.now().truncatedTo(ChronoUnit.MICROS),
                "Discovery done in the kick-off workshop", 0);
        engagements.save(inEnablement);
        open(EngagementTabs.PHASE);
        DatePicker goLive = _get(DatePicker.class, spec -> spec.withLabel(Engagement.POC_GO_LIVE_FIELD));

        userPicks(goLive, LocalDate.of(2030, 1, 1));
        assertThat(goLive.isInvalid()).isTrue();
        assertThat(goLive.getErrorMessage()).isEqualTo("The proof of concept cannot be in production before it "
                + "happened: 2030-01-01 is after today (" + LocalDate.now() + ")");
        assertThat(stored().pocGoLive()).isNull();

        userPicks(_get(DatePicker.class, spec -> spec.withLabel(Engagement.POC_GO_LIVE_FIELD)), LocalDate.now());
        assertThat(stored().pocGoLive()).isEqualTo(LocalDate.now());
    }

    /** A value the user picked: the panel acts only on changes from the client. */
    private static void userPicks(DatePicker picker, LocalDate date) {
        LocalDate before = picker.getValue();
        fill(picker, date);
        ComponentUtil.fireEvent(picker, new AbstractField.ComponentValueChangeEvent<>(picker, picker, before, true));
    }
}
