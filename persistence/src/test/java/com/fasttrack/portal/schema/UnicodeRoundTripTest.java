package com.fasttrack.portal.schema;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static com.fasttrack.portal.testing.PersistenceFixtures.NOW;
import static com.fasttrack.portal.testing.PersistenceFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** Text is stored and read back exactly as typed, whatever its script, and a full-length field of emoji fits. */
@PersistenceTest
class UnicodeRoundTripTest {

    /** Decomposed é (e + U+0301), CJK, Hebrew and Arabic, an emoji with a skin tone and a ZWJ, a bidi override. */
    static final String MIXED = "Cafe\u0301 渡辺 健 שלום مرحبا 👩🏽‍💻 \u202Edlrow\u202C 한국어";

    @Autowired
    PersistenceFixtures fixtures;
    @Autowired
    Engagements engagements;
    @Autowired
    Blockers blockers;

    @Test
    void mixedScriptsEmojiAndCombiningMarksRoundTripUnchanged() {
        String tag = PersistenceFixtures.tag();
        Organisation customer = fixtures.customer("Ünïcødé " + tag, Region.JAPAN);
        UserAccount engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        Engagement engagement = fixtures.engagement(customer, MIXED + " " + tag, PartnershipOption.FASTTRACK,
                Set.of(engineer), "LINUX");
        engagement.describeGoal(MIXED + "\n\tsecond line");
        engagement.addStakeholder(MIXED, null, StakeholderRole.OTHER, null);
        engagement = fixtures.save(engagement);

        Engagement read = engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
        assertThat(read.title()).isEqualTo(MIXED + " " + tag);
        assertThat(read.goal()).isEqualTo(MIXED + "\n\tsecond line");
        assertThat(read.stakeholders()).singleElement().satisfies(s -> assertThat(s.name()).isEqualTo(MIXED));
        assertThat(customer.name()).isEqualTo("Ünïcødé " + tag);
    }

    @Test
    void aTitleOfTwoHundredEmojiIsTwoHundredCharactersForTheDomainAndTheColumn() {
        String tag = PersistenceFixtures.tag();
        Organisation customer = fixtures.customer("Emoji " + tag, Region.UNITED_KINGDOM);
        UserAccount engineer = fixtures.user("Engineer " + tag, Role.ENGINEER, null);
        Engagement engagement = fixtures.engagement(customer, "Emoji " + tag, PartnershipOption.FASTTRACK,
                Set.of(engineer), "LINUX");
        String title = "🚀".repeat(Blocker.TITLE_MAX);
        Blocker saved = blockers.save(Blocker.raise(engagement.id(), title, "", Severity.LOW, "Tom", null, null,
                Visibility.SHARED, engineer.id(), NOW, TODAY));
        assertThat(blockers.find(saved.id(), new EngagementScope.All()).orElseThrow().title()).isEqualTo(title);
    }
}
