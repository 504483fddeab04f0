package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void anIssuedTokenIsStoredOnlyAsItsHash() {
        ApiToken.Issued issued = ApiToken.issue(UserId.random(), "CI export", NOW);
        assertThat(issued.plain()).startsWith("ftp_").hasSize(4 + 43);
        assertThat(issued.token().hash()).isEqualTo(ApiToken.hash(issued.plain())).hasSize(64)
                .doesNotContain(issued.plain().substring(4));
        assertThat(issued.token().prefix()).isEqualTo(issued.plain().substring(0, 10));
        assertThat(ApiToken.issue(UserId.random(), "x", NOW).plain()).isNotEqualTo(issued.plain());
    }

    @Test
    void aRevokedTokenIsInactiveAndCannotBeRevokedTwice() {
        ApiToken revoked = ApiToken.issue(UserId.random(), "x", NOW).token().revoke(NOW);
        assertThat(revoked.active()).isFalse();
        assertThatThrownBy(() -> revoked.revoke(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aTokenNeedsAName() {
        assertThatThrownBy(() -> ApiToken.issue(UserId.random(), " ", NOW)).hasMessage("Name is required");
    }

    @Test
    void aTokenLastsNinetyDaysUnlessItsOwnerPicksUpToAYear() {
        ApiToken standard = ApiToken.issue(UserId.random(), "x", NOW).token();
        assertThat(standard.expiresAt()).isEqualTo(NOW.plus(java.time.Duration.ofDays(90)));
        assertThat(standard.usable(NOW.plus(java.time.Duration.ofDays(89)))).isTrue();
        assertThat(standard.usable(standard.expiresAt())).isFalse();
        assertThat(ApiToken.issue(UserId.random(), "x", NOW, 365).token().expiresAt())
                .isEqualTo(NOW.plus(java.time.Duration.ofDays(365)));
        assertThatThrownBy(() -> ApiToken.issue(UserId.random(), "x", NOW, 366))
                .hasMessage("A token is valid for 1 to 365 days");
        assertThatThrownBy(() -> ApiToken.issue(UserId.random(), "x", NOW, 0)).isInstanceOf(DomainException.class);
    }
}
