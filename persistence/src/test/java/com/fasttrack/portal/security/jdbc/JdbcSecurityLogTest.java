package com.fasttrack.portal.security.jdbc;

import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PersistenceFixtures;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit log on PostgreSQL: appended, filtered and paged newest first, and never changed. */
@PersistenceTest
class JdbcSecurityLogTest {

    private static final Instant NOW = PersistenceFixtures.NOW;

    @Autowired
    SecurityLog log;
    @Autowired
    PersistenceFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void entriesAreFilteredByPersonKindAndDateNewestFirstWithTheSubjectsEmailFilledIn() {
        String tag = PersistenceFixtures.tag();
        UserAccount admin = fixtures.user(tag + " admin", Role.PROGRAM_MANAGER, null);
        UserAccount engineer = fixtures.user(tag + " engineer", Role.ENGINEER, null);
        log.append(new SecurityEvent(SecurityEventKind.SIGN_IN_FAILED, NOW, null, tag + "-Guess@x.example", null,
                "203.0.113.7", "unknown account"));
        log.append(new SecurityEvent(SecurityEventKind.ACCOUNT_DISABLED, NOW.plusSeconds(60), engineer.id(), null,
                admin.id(), null, ""));
        log.append(new SecurityEvent(SecurityEventKind.SIGN_IN_SUCCEEDED, NOW.plusSeconds(120), engineer.id(),
                engineer.email().value(), engineer.id(), "203.0.113.8", ""));

        var all = log.search(new SecurityLog.Filter(tag, null, null, null), PageRequest.of(0, 10));
        assertThat(all).extracting(entry -> entry.event().kind()).containsExactly(SecurityEventKind.SIGN_IN_SUCCEEDED,
                SecurityEventKind.ACCOUNT_DISABLED, SecurityEventKind.SIGN_IN_FAILED);
        assertThat(all.get(1).event().subjectEmail()).isEqualTo(engineer.email().value());
        assertThat(all.get(1).actorEmail()).isEqualTo(admin.email().value());
        assertThat(all.get(2).event().subjectEmail()).isEqualTo(tag.toLowerCase() + "-guess@x.example");
        assertThat(all.get(2).event().clientAddress()).isEqualTo("203.0.113.7");

        // the admin appears only as the actor of the disable
        assertThat(log.search(new SecurityLog.Filter(admin.email().value(), null, null, null), PageRequest.of(0, 10)))
                .extracting(entry -> entry.event().kind()).containsExactly(SecurityEventKind.ACCOUNT_DISABLED);
        assertThat(log.count(new SecurityLog.Filter(tag, SecurityEventKind.SIGN_IN_FAILED, null, null))).isEqualTo(1);
        assertThat(log.search(new SecurityLog.Filter(tag, null, NOW.plusSeconds(60), NOW.plusSeconds(120)),
                PageRequest.of(0, 10))).extracting(entry -> entry.event().kind())
                .containsExactly(SecurityEventKind.ACCOUNT_DISABLED);
        assertThat(log.search(new SecurityLog.Filter(tag, null, null, null), PageRequest.of(1, 1)))
                .extracting(entry -> entry.event().kind()).containsExactly(SecurityEventKind.ACCOUNT_DISABLED);
        // typed wildcards match themselves only
        assertThat(log.count(new SecurityLog.Filter("%", null, null, null))).isZero();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteTheLog() {
        log.append(new SecurityEvent(SecurityEventKind.LOCKED_OUT, NOW, null, "x@x.example", null, null, ""));
        assertThatThrownBy(() -> jdbc.update("update security_event set detail = 'changed'"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from security_event")).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate security_event")).hasStackTraceContaining("append-only");
    }
}
