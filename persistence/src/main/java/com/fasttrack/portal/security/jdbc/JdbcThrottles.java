package com.fasttrack.portal.security.jdbc;

import com.fasttrack.portal.security.Throttle;
import com.fasttrack.portal.security.ThrottleKey;
import com.fasttrack.portal.security.ThrottleKind;
import com.fasttrack.portal.security.Throttles;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Failure counters in PostgreSQL. An update locks the counter's row ({@code select … for update}) so that two
 * instances counting the same failure at once both count it.
 */
@Repository
@Transactional
class JdbcThrottles implements Throttles {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcThrottles(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Throttle> find(ThrottleKey key) {
        return jdbc.query("select * from sign_in_throttle where kind = :kind and account = :account"
                + " and client_address = :address", key(key), row(key)).stream().findFirst();
    }

    @Override
    public Throttle update(ThrottleKey key, UnaryOperator<Throttle> change) {
        jdbc.update("""
                insert into sign_in_throttle (kind, account, client_address, failures, lockouts)
                values (:kind, :account, :address, 0, 0) on conflict do nothing""", key(key));
        Throttle current = jdbc.query("select * from sign_in_throttle where kind = :kind and account = :account"
                + " and client_address = :address for update", key(key), row(key)).getFirst();
        Throttle changed = change.apply(current);
        jdbc.update("""
                update sign_in_throttle set window_start = :windowStart, failures = :failures, lockouts = :lockouts,
                       locked_until = :lockedUntil, last_failure_at = :lastFailureAt
                where kind = :kind and account = :account and client_address = :address""",
                key(key).addValue("windowStart", timestamp(changed.windowStart()))
                        .addValue("failures", changed.failures()).addValue("lockouts", changed.lockouts())
                        .addValue("lockedUntil", timestamp(changed.lockedUntil()))
                        .addValue("lastFailureAt", timestamp(changed.lastFailureAt())));
        return changed;
    }

    @Override
    public void clear(ThrottleKey key) {
        jdbc.update("delete from sign_in_throttle where kind = :kind and account = :account"
                + " and client_address = :address", key(key));
    }

    @Override
    public int clearAccount(String account, Instant now) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("account", ThrottleKey.normalised(account))
                .addValue("now", Timestamp.from(now));
        Integer locked = jdbc.queryForObject("""
                with cleared as (delete from sign_in_throttle where kind = 'ACCOUNT' and account = :account
                                 returning locked_until)
                select count(*) from cleared where locked_until > :now""", parameters, Integer.class);
        return locked == null ? 0 : locked;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> lockedAccounts(Collection<String> accounts, Instant now) {
        if (accounts.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList("""
                select distinct account from sign_in_throttle
                where kind = 'ACCOUNT' and account in (:accounts) and locked_until > :now""",
                new MapSqlParameterSource("accounts", accounts.stream().map(ThrottleKey::normalised).toList())
                        .addValue("now", Timestamp.from(now)), String.class));
    }

    private static MapSqlParameterSource key(ThrottleKey key) {
        return new MapSqlParameterSource("kind", key.kind().name()).addValue("account", key.account())
                .addValue("address", key.clientAddress());
    }

    private static RowMapper<Throttle> row(ThrottleKey key) {
        return (rs, i) -> new Throttle(new ThrottleKey(ThrottleKind.valueOf(rs.getString("kind")),
                rs.getString("account"), rs.getString("client_address")), instant(rs.getTimestamp("window_start")),
                rs.getInt("failures"), rs.getInt("lockouts"), instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_failure_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
