package com.fasttrack.portal.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The port to personal API tokens. */
public interface ApiTokens {

    ApiToken save(ApiToken token);

    /** The active token with this hash, marking it used now. */
    Optional<ApiToken> useActive(String hash, Instant now);

    List<ApiToken> of(UserId user);

    Optional<ApiToken> find(UUID id, UserId owner);
}
