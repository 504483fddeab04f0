package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** A user's own personal API tokens: create (shown once), list, revoke. */
@Service
@Transactional
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ApiTokenService {

    private final ApiTokens tokens;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokens tokens, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a token and returns its plain text, which is never stored and never shown again. */
    public ApiToken.Issued create(String name) {
        ApiToken.Issued issued = ApiToken.issue(currentUser.require().id(), name, now());
        tokens.save(issued.token());
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
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
