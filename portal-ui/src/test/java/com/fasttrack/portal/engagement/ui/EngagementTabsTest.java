package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The engagement page's tabs: contributed by their features, in order, and named in the URL. */
class EngagementTabsTest extends KaribuTest {

    private Engagement engagement() {
        UserAccount engineer = login(Role.ENGINEER);
        return testData.engagement(testData.customerOrganisation(Region.CANADA), TestData.unique("Tabs"),
                List.of(engineer), "SAP");
    }

    @Test
    void everyFeatureContributesItsTabInItsOrder() {
        navigate("engagements/" + engagement().id());
        assertThat(_find(_get(TabSheet.class), Tab.class)).extracting(Tab::getLabel).containsExactly("Overview",
                "Stakeholders", "Phase", "Check-ins", "Blockers", "Health", "Partners", "Backlog", "Activity");
    }

    @Test
    void theUrlFollowsTheTabTheUserOpensSoThatAReloadStaysOnIt() {
        Engagement engagement = engagement();
        navigate("engagements/" + engagement.id());
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        TabSheet sheet = _get(TabSheet.class);
        sheet.setSelectedTab(_find(sheet, Tab.class).stream().filter(tab -> tab.getLabel().equals("Blockers"))
                .findFirst().orElseThrow());

        String location = "engagements/" + engagement.id() + "?tab=" + BlockerTabs.BLOCKERS.slug();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .map(PendingJavaScriptInvocation::getInvocation)
                // history.replaceState, or with the React router its navigation that replaces the history entry
                .anySatisfy(js -> assertThat(js.getExpression()).containsAnyOf("history.replaceState", "replace: true")
                        .satisfies(expression -> assertThat(js.getParameters()).contains(location)));

        // a reload is a new page opening what the URL now names
        navigate("engagements");
        navigate(location);
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Blockers");
    }

    @Test
    void aLinkSentBeforeTabsHadKeysStillOpensItsTab() {
        // mails and notifications written before issue 13 named the tab by its label
        navigate("engagements/" + engagement().id() + "?tab=Check-ins");
        assertThat(_get(EngagementView.class).tabs.selected()).contains(CheckInTabs.CHECK_INS);
        assertThat(_get(TabSheet.class).getSelectedTab().getLabel()).isEqualTo("Check-ins");
    }
}
