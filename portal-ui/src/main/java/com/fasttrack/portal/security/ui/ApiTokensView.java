package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.service.ApiTokenService;
import com.fasttrack.portal.ui.TextLimits;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import java.time.Clock;
import java.time.Instant;


/**
 * A user's personal API tokens for the REST API: create (shown once, valid for the days chosen, at most a year),
 * see when used and until when valid, revoke.
 */
@Route("profile/tokens")
@PageTitle("API tokens · FastTrack Engagement Portal")
@PermitAll
public class ApiTokensView extends VerticalLayout {


    final TextField name = new TextField("Token name");
    final IntegerField validDays = new IntegerField("Valid for (days)");
    final Button create = new Button("Create token");
    final Grid<ApiToken> grid = new Grid<>();
    private final ApiTokenService tokens;
    private final Clock clock;

    ApiTokensView(ApiTokenService tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        validDays.setValue(ApiToken.DEFAULT_VALID_DAYS);
        validDays.setMin(1);
        validDays.setMax(ApiToken.MAX_VALID_DAYS);
        validDays.setStepButtonsVisible(true);
        setMaxWidth("960px");
        name.setPlaceholder("e.g. Weekly export to Power BI");
        TextLimits.say(name, ApiToken.NAME_MAX);
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage("Give the token a name");
                name.setInvalid(true);
                return;
            }
            Integer days = validDays.getValue();
            if (days == null || days < 1 || days > ApiToken.MAX_VALID_DAYS) {
                validDays.setErrorMessage("Choose 1 to " + ApiToken.MAX_VALID_DAYS + " days");
                validDays.setInvalid(true);
                return;
            }
            validDays.setInvalid(false);
            ApiToken.Issued issued = tokens.create(name.getValue(), days);
            name.clear();
            validDays.setValue(ApiToken.DEFAULT_VALID_DAYS);
            showOnce(issued.plain());
            refresh();
        });
        HorizontalLayout form = new HorizontalLayout(name, validDays, create);
        form.setAlignItems(Alignment.BASELINE);

        grid.addColumn(ApiToken::name).setHeader("Name");
        grid.addColumn(t -> t.prefix() + "…").setHeader("Token");
        grid.addColumn(t -> Times.at(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Times.at(t.lastUsedAt())).setHeader("Last used");
        grid.addColumn(t -> Times.at(t.expiresAt())).setHeader("Expires").setKey("expires");
        grid.addComponentColumn(this::state).setHeader("").setKey("revoke");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No tokens yet.");
        add(new H2("API tokens"), new Paragraph("Use a token as 'Authorization: Bearer <token>' with the REST API "
                + "(documented at /api/docs). A token acts as you and sees exactly what you see."), form, grid);
        refresh();
    }

    private Component state(ApiToken token) {
        if (!token.active()) {
            return new Span("revoked " + Times.at(token.revokedAt()));
        }
        if (token.expired(Instant.now(clock))) {
            return new Span("expired");
        }
        return revokeButton(token);
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button("Revoke", click -> {
            tokens.revoke(token.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.mine());
    }

    private static void showOnce(String plain) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Your new token");
        Span token = new Span(plain);
        token.setId("new-token");
        token.addClassName("ft-one-time-password");
        dialog.add(new Paragraph("Copy it now: it is shown only this once and cannot be recovered."), token);
        dialog.getFooter().add(new Button("Done", click -> dialog.close()));
        dialog.open();
    }
}
