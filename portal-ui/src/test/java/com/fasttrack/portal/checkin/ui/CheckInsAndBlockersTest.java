package com.fasttrack.portal.checkin.ui;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInRow;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.portfolio.ui.CustomerHome;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CheckInsAndBlockersTest extends KaribuTest {

    @Autowired
    CheckIns checkIns;
    @Autowired
    Blockers blockers;
    @Autowired
    com.fasttrack.portal.notification.Notifications notifications;

    private void open(Engagement engagement, TabKey tab) {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(tab);
    }

    @Test
    void anEngineerRecordsACheckInWhoseNextDateDefaultsToTheCadence() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Checkin"), List.of(engineer), "SAP");
        login(engineer);
        open(engagement, CheckInTabs.CHECK_INS);
        _get(Button.class, spec -> spec.withId("record-checkin")).click();
        CheckInForm form = _get(CheckInForm.class);
        assertThat(form.nextCheckIn.getValue()).isEqualTo(form.date.getValue().plusDays(7));

        _get(Button.class, spec -> spec.withId("save-checkin")).click();
        assertThat(form.sharedSummary.isInvalid()).isTrue();
        assertThat(form.sharedSummary.getErrorMessage()).isEqualTo("A shared summary is required");
        assertThat(checkIns.count(engagement.id(), new EngagementScope.All())).isZero();

        form.sharedSummary.setValue("Landing zone deployed");
        form.internalNote.setValue("Sponsor is nervous about cost");
        form.onTrack.setValue(OnTrack.ON_TRACK);
        _get(Button.class, spec -> spec.withId("save-checkin")).click();

        CheckIn stored = checkIns.latest(engagement.id(), new EngagementScope.All()).orElseThrow();
        assertThat(stored.sharedSummary()).isEqualTo("Landing zone deployed");
        assertThat(stored.nextCheckIn()).isEqualTo(stored.date().plusDays(7));
        assertThat(stored.recordedBy()).isEqualTo(engineer.id());
    }

    @Test
    void theCustomerAcknowledgesAndTheEngineerSeesWhoAndWhen() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Ack"),
                List.of(engineer), "SAP");
        checkIns.save(CheckIn.record(engagement.id(), LocalDate.now(), CheckInKind.STATUS, List.of(), "All good", "",
                OnTrack.ON_TRACK, "", "", null, engagement.cadence(), engineer.id(),
                Instant.now().truncatedTo(ChronoUnit.MICROS)));

        login(customer);
        open(engagement, CheckInTabs.CHECK_INS);
        ((Button) _getCellComponent(_get(CheckInsPanel.class).grid, 0, "acknowledged")).click();
        assertThat(checkIns.latest(engagement.id(), new EngagementScope.All()).orElseThrow().acknowledgedBy())
                .isEqualTo(customer.id());

        login(engineer);
        open(engagement, CheckInTabs.CHECK_INS);
        @SuppressWarnings("unchecked")
        Grid<CheckInRow> grid = _get(CheckInsPanel.class).grid;
        assertThat(_findAll(grid)).singleElement()
                .satisfies(row -> assertThat(row.acknowledgedBy()).isEqualTo(customer.displayName()));
    }

    @Test
    void aCustomerSeesNeitherTheInternalNoteNorTheInternalBlockerNorAnyCountOfThem() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Secret"),
                List.of(engineer), "SAP");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        checkIns.save(CheckIn.record(engagement.id(), LocalDate.now(), CheckInKind.STATUS, List.of(), "Shared words",
                "PLANTED-INTERNAL-NOTE", OnTrack.AT_RISK, "", "", null, engagement.cadence(), engineer.id(), now));
        blockers.save(Blocker.raise(engagement.id(), "Shared blocker", "", Severity.HIGH, "Tom", null, null,
                Visibility.SHARED, engineer.id(), now, LocalDate.now()));
        blockers.save(Blocker.raise(engagement.id(), "PLANTED-INTERNAL-BLOCKER", "", Severity.CRITICAL, "Priya",
                null, null, Visibility.INTERNAL, engineer.id(), now, LocalDate.now()));

        login(customer);
        open(engagement, CheckInTabs.CHECK_INS);
        List<CheckInRow> rows = _findAll(_get(CheckInsPanel.class).grid);
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.checkIn().internalNote()).isEmpty());
        assertThat(_get(CheckInsPanel.class).grid.getColumns()).noneMatch(c -> "Internal note".equals(
                c.getHeaderText()));

        _get(EngagementView.class).selectTab(BlockerTabs.BLOCKERS);
        com.fasttrack.portal.blocker.ui.BlockersPanel panel = _get(com.fasttrack.portal.blocker.ui.BlockersPanel.class);
        assertThat(_findAll(panel.grid)).extracting(Blocker::title).containsExactly("Shared blocker");
        assertThat(_get(EngagementView.class).getElement().getTextRecursively())
                .doesNotContain("PLANTED-INTERNAL");

        navigate("");
        String home = _get(CustomerHome.class).getElement().getTextRecursively();
        assertThat(home).contains("Open blockers: 1").contains("Shared blocker")
                .doesNotContain("PLANTED-INTERNAL-BLOCKER").doesNotContain("PLANTED-INTERNAL-NOTE")
                .doesNotContain("critical blocker");
    }

    @Test
    void closingABlockerRequiresAResolutionNote() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Close"), List.of(engineer), "SAP");
        Blocker blocker = blockers.save(Blocker.raise(engagement.id(), "Licences", "", Severity.MEDIUM, "Tom", null,
                null, Visibility.SHARED, engineer.id(), Instant.now().truncatedTo(ChronoUnit.MICROS), LocalDate.now()));
        login(engineer);
        open(engagement, BlockerTabs.BLOCKERS);
        ((Button) _getCellComponent(_get(com.fasttrack.portal.blocker.ui.BlockersPanel.class).grid, 0, "actions"))
                .click();
        com.vaadin.flow.component.select.Select<BlockerStatus> status =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("blocker-new-status"));
        status.setValue(BlockerStatus.RESOLVED);
        _get(Button.class, spec -> spec.withId("save-blocker-status")).click();
        TextArea note = _get(TextArea.class, spec -> spec.withId("blocker-resolution-note"));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("A resolution note is required to close a blocker");
        assertThat(blockers.find(blocker.id(), new EngagementScope.All()).orElseThrow().isOpen()).isTrue();

        note.setValue("Licences bought");
        _get(Button.class, spec -> spec.withId("save-blocker-status")).click();
        Blocker closed = blockers.find(blocker.id(), new EngagementScope.All()).orElseThrow();
        assertThat(closed.status()).isEqualTo(BlockerStatus.RESOLVED);
        assertThat(closed.resolutionNote()).isEqualTo("Licences bought");
    }

    @Test
    void aCustomerRaisesABlockerThatIsAlwaysShared() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.withSponsor(testData.engagement(testData.organisationOf(customer),
                TestData.unique("Raise"), List.of(), "SAP"), "Ada Sponsor");
        login(customer);
        open(engagement, BlockerTabs.BLOCKERS);
        _get(Button.class, spec -> spec.withId("raise-blocker")).click();
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("blocker-title"))
                .setValue("Firewall change board only meets monthly");
        com.vaadin.flow.component.select.Select<Severity> severity =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("blocker-severity"));
        severity.setValue(Severity.HIGH);
        com.vaadin.flow.component.combobox.ComboBox<String> owner =
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("blocker-owner"));
        owner.setValue("Ada Sponsor");
        _get(Button.class, spec -> spec.withId("save-blocker")).click();

        List<Blocker> stored = blockers.of(engagement.id(), new EngagementScope.All(), BlockerFilter.ALL,
                PageRequest.of(0, 10));
        assertThat(stored).singleElement().satisfies(b -> {
            assertThat(b.visibility()).isEqualTo(Visibility.SHARED);
            assertThat(b.raisedBy()).isEqualTo(customer.id());
            assertThat(b.owner()).isEqualTo("Ada Sponsor");
        });
    }

    @Test
    void aBlockerOwnerPickedAsAnAccountIsStoredAndNotified() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Owner"),
                List.of(engineer), "SAP");
        login(engineer);
        open(engagement, BlockerTabs.BLOCKERS);
        _get(Button.class, spec -> spec.withId("raise-blocker")).click();
        fill(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("blocker-title")),
                "Change board approval");
        com.vaadin.flow.component.select.Select<Severity> severity =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("blocker-severity"));
        fill(severity, Severity.MEDIUM);
        com.vaadin.flow.component.combobox.ComboBox<com.fasttrack.portal.engagement.EngagementMembers.Member>
                account = _get(com.vaadin.flow.component.combobox.ComboBox.class,
                spec -> spec.withId("blocker-owner-user"));
        assertThat(account.getListDataView().getItems().map(p -> p.id()).toList())
                .containsExactlyInAnyOrder(customer.id(), engineer.id());
        fill(account, account.getListDataView().getItems().filter(p -> p.id().equals(customer.id())).findFirst()
                .orElseThrow());
        _get(Button.class, spec -> spec.withId("save-blocker")).click();

        Blocker stored = blockers.of(engagement.id(), new EngagementScope.All(), BlockerFilter.ALL,
                PageRequest.of(0, 10)).getFirst();
        assertThat(stored.ownerUser()).isEqualTo(customer.id());
        assertThat(stored.owner()).isEqualTo(customer.displayName());
        assertThat(notifications.latest(customer.id(), 5)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(com.fasttrack.portal.notification.NotificationKind.BLOCKER_ASSIGNED);
            assertThat(n.text()).contains("Change board approval");
        });
    }
}
