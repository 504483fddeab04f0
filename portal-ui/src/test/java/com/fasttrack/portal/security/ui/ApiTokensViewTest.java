package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokensViewTest extends KaribuTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    com.fasttrack.portal.security.service.ApiTokenService tokenService;

    @Test
    void aUserCreatesATokenSeenOnceAndStoredOnlyAsAHashThenRevokesIt() {
        UserAccount user = login(Role.CUSTOMER);
        navigate("profile/tokens");
        ApiTokensView view = _get(ApiTokensView.class);

        view.create.click();
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(tokens.of(user.id())).isEmpty();

        view.name.setValue("Power BI");
        view.create.click();
        String plain = _get(Span.class, spec -> spec.withId("new-token")).getText();
        assertThat(plain).startsWith(ApiToken.MARK);
        assertThat(tokens.of(user.id())).singleElement().satisfies(token -> {
            assertThat(token.hash()).isEqualTo(ApiToken.hash(plain));
            assertThat(token.name()).isEqualTo("Power BI");
            assertThat(token.active()).isTrue();
        });

        ((Button) _getCellComponent(view.grid, 0, "revoke")).click();
        assertThat(tokens.of(user.id())).singleElement().satisfies(token -> assertThat(token.active()).isFalse());
        assertThat(tokens.useActive(ApiToken.hash(plain), Instant.now())).isEmpty();
    }

    @Test
    void aUserCannotRevokeSomeoneElsesToken() {
        UserAccount owner = testData.user(Role.ENGINEER);
        ApiToken.Issued issued = ApiToken.issue(owner.id(), "mine", Instant.now());
        tokens.save(issued.token());
        login(Role.ENGINEER);
        navigate("profile/tokens");
        assertThat(_get(ApiTokensView.class).grid.getGenericDataView().getItems()).isEmpty();
        assertThatThrownBy(() -> tokenService.revoke(issued.token().id()))
                .isInstanceOf(com.fasttrack.portal.shared.NotFoundException.class);
        assertThat(tokens.find(issued.token().id(), owner.id()).orElseThrow().active()).isTrue();
    }

    @Test
    void aTokenIsValidForTheDaysChosenAndAtMostAYear() {
        UserAccount user = login(Role.ENGINEER);
        navigate("profile/tokens");
        ApiTokensView view = _get(ApiTokensView.class);
        assertThat(view.validDays.getValue()).isEqualTo(90);

        view.name.setValue("Too long");
        view.validDays.setValue(366);
        view.create.click();
        assertThat(view.validDays.isInvalid()).isTrue();
        assertThat(view.validDays.getErrorMessage()).isEqualTo("Choose 1 to 365 days");
        assertThat(tokens.of(user.id())).isEmpty();

        view.validDays.setValue(30);
        view.create.click();
        assertThat(tokens.of(user.id())).singleElement().satisfies(token -> assertThat(
                java.time.Duration.between(token.createdAt(), token.expiresAt())).isEqualTo(
                java.time.Duration.ofDays(30)));
        assertThat(view.grid.getColumnByKey("expires")).isNotNull();
        assertThat(view.grid.getColumns()).extracting(c -> c.getHeaderText()).contains("Last used", "Expires");
    }

    @Test
    void anExpiredTokenShowsAsExpiredWithoutARevokeButton() {
        UserAccount user = login(Role.ENGINEER);
        tokens.save(ApiToken.issue(user.id(), "old", Instant.now().minus(java.time.Duration.ofDays(40)), 30).token());
        navigate("profile/tokens");
        ApiTokensView view = _get(ApiTokensView.class);
        assertThat(((Span) _getCellComponent(view.grid, 0, "revoke")).getText()).isEqualTo("expired");
    }
}
