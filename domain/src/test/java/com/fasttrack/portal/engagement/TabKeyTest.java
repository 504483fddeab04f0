package com.fasttrack.portal.engagement;

import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TabKeyTest {

    @Test
    void aLinkWrittenWithTheTabsLabelStillNamesItsKey() {
        assertThat(TabKey.parse("Check-ins")).contains(CheckInTabs.CHECK_INS);
        assertThat(TabKey.parse(" check-ins ")).contains(CheckInTabs.CHECK_INS);
    }

    @Test
    void anythingThatIsNoSlugNamesNoTab() {
        assertThat(TabKey.parse("")).isEmpty();
        assertThat(TabKey.parse("<script>")).isEmpty();
        assertThat(TabKey.parse("check ins")).isEmpty();
        assertThatThrownBy(() -> new TabKey("Check-ins")).isInstanceOf(DomainException.class);
    }
}
