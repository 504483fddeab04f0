package com.fasttrack.portal.security.jdbc;

import com.fasttrack.portal.security.ApiToken;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.UserId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** API tokens in PostgreSQL, found by the hash of the presented token. */
@Repository
@Transactional
class JdbcApiTokens implements ApiTokens {

    private static final RowMapper<ApiToken> ROW = (rs, i) -> new ApiToken(rs.getObject("id", UUID.class),
            new UserId(rs.getObject("user_id", UUID.class)), rs.getString("name"), rs.getString("token_hash"),
            rs.getString("prefix"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
            instant(rs.getTimestamp("revoked_at")), rs.getTimestamp("expires_at").toInstant());

    private final NamedParameterJdbcTemplate jdbc;

    JdbcApiTokens(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public ApiToken save(ApiToken token) {
        jdbc.update("""
                insert into api_token (id, user_id, name, token_hash, prefix, created_at, last_used_at, revoked_at,
                                       expires_at)
                values (:id, :user, :name, :hash, :prefix, :created, :used, :revoked, :expires)
                on conflict (id) do update set last_used_at = excluded.last_used_at, revoked_at = excluded.revoked_at""",
                new MapSqlParameterSource().addValue("id", token.id()).addValue("user", token.userId().value())
                        .addValue("name", token.name()).addValue("hash", token.hash())
                        .addValue("prefix", token.prefix()).addValue("created", timestamp(token.createdAt()))
                        .addValue("used", timestamp(token.lastUsedAt()))
                        .addValue("revoked", timestamp(token.revokedAt()))
                        .addValue("expires", timestamp(token.expiresAt())));
        return token;
    }

    @Override
    public Optional<ApiToken> useActive(String hash, Instant now) {
        return jdbc.query("""
                update api_token set last_used_at = :now
                where token_hash = :hash and revoked_at is null and expires_at > :now
                returning *""", new MapSqlParameterSource("hash", hash).addValue("now", Timestamp.from(now)), ROW)
                .stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiToken> findByHash(String hash) {
        return jdbc.query("select * from api_token where token_hash = :hash",
                new MapSqlParameterSource("hash", hash), ROW).stream().findFirst();
    }

    @Override
    public List<ApiToken> revokeAll(UserId user, Instant at) {
        return jdbc.query("""
                update api_token set revoked_at = :at
                where user_id = :user and revoked_at is null
                returning *""", new MapSqlParameterSource("user", user.value()).addValue("at", Timestamp.from(at)),
                ROW);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ApiToken> of(UserId user) {
        return jdbc.query("select * from api_token where user_id = :user order by created_at desc",
                new MapSqlParameterSource("user", user.value()), ROW);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ApiToken> find(UUID id, UserId owner) {
        return jdbc.query("select * from api_token where id = :id and user_id = :user",
                new MapSqlParameterSource("id", id).addValue("user", owner.value()), ROW).stream().findFirst();
    }
}
