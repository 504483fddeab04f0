package com.fasttrack.portal.activity.ui;

import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.activity.ActivityTabs;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.blocker.service.BlockerDraft;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.checkin.CheckInKind;
import com.fasttrack.portal.checkin.OnTrack;
import com.fasttrack.portal.checkin.service.CheckInDraft;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.service.EngagementDraft;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ActivityHistoryTest extends KaribuTest {

    @Autowired
    EngagementService engagementService;
    @Autowired
    CheckInService checkIns;
    @Autowired
    BlockerService blockers;
    @Autowired
    Engagements engagements;

    @Test
    void everyChangeIsRecordedAndTheCustomerSeesSharedEntriesOnly() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("History"),
                List.of(engineer), "SAP");

        login(engineer);
        engagementService.update(engagement.id(), engagement.version(), new EngagementDraft(engagement.customerId(),
                "Renamed history", "", engagement.option(), engagement.workloads(), java.util.Set.of(), null, Map.of()));
        checkIns.record(engagement.id(), new CheckInDraft(LocalDate.now(), CheckInKind.STATUS, List.of(),
                "Landing zone deployed", "PLANTED-INTERNAL-NOTE", OnTrack.ON_TRACK, "", "", null));
        blockers.raise(engagement.id(), new BlockerDraft("PLANTED-INTERNAL-BLOCKER", "", Severity.HIGH, "Priya", null,
                Visibility.INTERNAL));

        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(ActivityTabs.ACTIVITY);
        List<ActivityEntry> staffView = _findAll(_get(ActivityPanel.class).grid);
        assertThat(staffView).extracting(ActivityEntry::kind).contains(ActivityKind.FIELDS_CHANGED,
                ActivityKind.CHECK_IN_RECORDED, ActivityKind.BLOCKER_RAISED);
        ActivityEntry renamed = staffView.stream().filter(e -> e.kind() == ActivityKind.FIELDS_CHANGED).findFirst()
                .orElseThrow();
        assertThat(renamed.before()).startsWith(engagement.title());
        assertThat(renamed.after()).startsWith("Renamed history");
        assertThat(renamed.actorName()).isEqualTo(engineer.displayName());

        login(customer);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(ActivityTabs.ACTIVITY);
        List<ActivityEntry> customerView = _findAll(_get(ActivityPanel.class).grid);
        assertThat(customerView).extracting(ActivityEntry::kind).contains(ActivityKind.CHECK_IN_RECORDED)
                .doesNotContain(ActivityKind.BLOCKER_RAISED);
        assertThat(customerView).allSatisfy(entry -> {
            assertThat(entry.visibility()).isEqualTo(Visibility.SHARED);
            assertThat(entry.summary() + entry.before() + entry.after()).doesNotContain("PLANTED-INTERNAL");
        });
        assertThat(engagements.find(engagement.id(), new EngagementScope.All())).isPresent();
    }
}
