package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for text, as a user meets it in a form: the reason by the field, what was typed kept. */
class TextRuleInFormsTest extends KaribuTest {

    @Autowired
    Engagements engagements;

    private Engagement engagement;

    @BeforeEach
    void engagement() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Text"), List.of(engineer), "SAP");
        login(engineer);
    }

    private EditEngagementDialog edit() {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _click(_get(Button.class, spec -> spec.withId("edit-engagement")));
        return _get(EditEngagementDialog.class);
    }

    private Engagement stored() {
        return engagements.find(engagement.id(), new EngagementScope.All()).orElseThrow();
    }

    @Test
    void aNulInTheTitleIsRefusedByTheTitleAndNothingIsSaved() {
        EditEngagementDialog dialog = edit();
        fill(dialog.form.title, "Shop\u0000 migration");
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.title.isInvalid()).isTrue();
        assertThat(dialog.form.title.getErrorMessage())
                .isEqualTo("Title contains a control character (U+0000); remove it");
        assertThat(dialog.form.title.getValue()).isEqualTo("Shop\u0000 migration");
        assertThat(stored().title()).isEqualTo(engagement.title());
    }

    @Test
    void aGoalOverItsLimitIsRefusedByTheGoalAndTheFieldSaysItsLimitInsteadOfCutting() {
        EditEngagementDialog dialog = edit();
        assertThat(dialog.form.goal.getMaxLength()).as("no silent cut").isZero();
        assertThat(dialog.form.goal.getHelperText()).isEqualTo("Up to " + Engagement.GOAL_MAX + " characters");
        fill(dialog.form.goal, "g".repeat(Engagement.GOAL_MAX + 1));
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        assertThat(dialog.form.goal.isInvalid()).isTrue();
        assertThat(dialog.form.goal.getErrorMessage()).isEqualTo("Goal / vision must be at most 4000 characters");
        assertThat(stored().goal()).isEmpty();
    }

    @Test
    void twoHundredEmojiAreATitleOfTwoHundredCharacters() {
        EditEngagementDialog dialog = edit();
        String title = "🚀".repeat(Engagement.TITLE_MAX);
        fill(dialog.form.title, title);
        _click(_get(Button.class, spec -> spec.withId("save-engagement")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(stored().title()).isEqualTo(title);
    }
}
