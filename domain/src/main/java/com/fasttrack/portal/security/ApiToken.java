package com.fasttrack.portal.security;

import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * A personal API token. The token has 256 random bits, so a SHA-256 of it is enough to store (no slow hash
 * needed: it cannot be guessed from a dictionary); the plain token exists only in the response that created it.
 * Every token expires: its owner picks when at creation, within a year.
 */
public record ApiToken(UUID id, UserId userId, String name, String hash, String prefix, Instant createdAt,
                       @Nullable Instant lastUsedAt, @Nullable Instant revokedAt, Instant expiresAt) {

    public static final String MARK = "ftp_";
    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_VALID_DAYS = 365;
    public static final int NAME_MAX = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        name = Require.nonBlank(name, "Name", NAME_MAX);
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A new token and its plain text, which the caller shows once. */
    public record Issued(ApiToken token, String plain) {
    }

    /** A token valid for the default {@value #DEFAULT_VALID_DAYS} days. */
    public static Issued issue(UserId user, String name, Instant at) {
        return issue(user, name, at, DEFAULT_VALID_DAYS);
    }

    /** A token valid for this many days (1 to {@value #MAX_VALID_DAYS}). */
    public static Issued issue(UserId user, String name, Instant at, int validDays) {
        if (validDays < 1 || validDays > MAX_VALID_DAYS) {
            throw new DomainException("A token is valid for 1 to " + MAX_VALID_DAYS + " days");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken token = new ApiToken(UUID.randomUUID(), user, name, hash(plain), plain.substring(0, 10), at, null,
                null, at.plus(Duration.ofDays(validDays)));
        return new Issued(token, plain);
    }

    public ApiToken revoke(Instant at) {
        if (revokedAt != null) {
            throw new DomainException("This token is already revoked");
        }
        return new ApiToken(id, userId, name, hash, prefix, createdAt, lastUsedAt, at, expiresAt);
    }

    /** Not revoked; says nothing of expiry, see {@link #usable}. */
    public boolean active() {
        return revokedAt == null;
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** Whether the token still signs a request in. */
    public boolean usable(Instant now) {
        return active() && !expired(now);
    }

    public static String hash(String plain) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
