package com.fasttrack.portal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The port to personal API tokens. */
public interface ApiTokens {

    ApiToken save(ApiToken token);

    /** The token with this hash, if it is neither revoked nor expired at now, marking it used now. */
    Optional<ApiToken> useActive(String hash, Instant now);

    /** The token with this hash, whatever its state (to tell an expired token from an unknown one). */
    Optional<ApiToken> findByHash(String hash);

    /** Revokes every token of the user not yet revoked; returns those it revoked. */
    List<ApiToken> revokeAll(UserId user, Instant at);

    List<ApiToken> of(UserId user);

    Optional<ApiToken> find(UUID id, UserId owner);
}
