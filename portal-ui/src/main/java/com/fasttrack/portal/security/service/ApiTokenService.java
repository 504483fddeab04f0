package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A user's own personal API tokens: create (shown once, valid for the days chosen), list, revoke. */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ApiTokenService {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokenService(ApiTokens tokens, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Creates a token valid for the default days and returns its plain text, shown once. */
    public ApiToken.Issued create(String name) {
        return create(name, ApiToken.DEFAULT_VALID_DAYS);
    }

    /** Creates a token valid for these days (at most a year) and returns its plain text, never stored. */
    public ApiToken.Issued create(String name, int validDays) {
        ApiToken.Issued issued = ApiToken.issue(currentUser.require().id(), name, now(), validDays);
        tokens.save(issued.token());
        publish(SecurityEventKind.TOKEN_CREATED, issued.token(), "Token " + issued.token().prefix() + "… \""
                + issued.token().name() + "\" valid until " + issued.token().expiresAt());
        return issued;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.of(currentUser.require().id());
    }

    public void revoke(UUID id) {
        ApiToken token = tokens.find(id, currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("Token"));
        tokens.save(token.revoke(now()));
        publish(SecurityEventKind.TOKEN_REVOKED, token, "Token " + token.prefix() + "… revoked by its owner");
    }

    private void publish(SecurityEventKind kind, ApiToken token, String detail) {
        var user = currentUser.require();
        events.publishEvent(new SecurityEvent(kind, now(), token.userId(), user.getUsername(), user.id(), null,
                detail));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
