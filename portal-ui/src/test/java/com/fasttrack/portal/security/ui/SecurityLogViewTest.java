package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The program manager's security log: filtered by person, kind and dates, newest first, exported as filtered. */
class SecurityLogViewTest extends KaribuTest {

    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    @Autowired
    SecurityLog log;

    @Test
    void theLogIsFilteredByPersonKindAndDatesNewestFirstAndExportedAsFiltered() {
        UserAccount manager = login(Role.PROGRAM_MANAGER);
        String person = TestData.uniqueEmail("audited");
        Instant morning = DAY.atTime(9, 0).atZone(ZONE).toInstant();
        append(SecurityEventKind.SIGN_IN_FAILED, morning, person, null, "wrong password");
        append(SecurityEventKind.LOCKED_OUT, morning.plusSeconds(60), person, null,
                "=5 failed sign-ins: locked for 1 minute");
        append(SecurityEventKind.UNLOCKED, DAY.plusDays(1).atTime(8, 0).atZone(ZONE).toInstant(), person, manager,
                "unlocked by a program manager; 1 lock lifted");
        append(SecurityEventKind.SIGN_IN_FAILED, morning, TestData.uniqueEmail("someone-else"), null, "wrong password");

        navigate("security-log");
        SecurityLogView view = _get(SecurityLogView.class);
        fill(view.person, person.toUpperCase());

        assertThat(_size(view.grid)).isEqualTo(3);
        assertThat(_getFormatted(view.grid, 0, "kind")).isEqualTo("Unlocked");
        assertThat(_getFormatted(view.grid, 0, "actor")).isEqualTo(manager.email().value());
        assertThat(_getFormatted(view.grid, 1, "kind")).isEqualTo("Locked out");
        assertThat(_getFormatted(view.grid, 2, "kind")).isEqualTo("Sign-in failed");
        assertThat(_getFormatted(view.grid, 2, "at")).isEqualTo("2026-03-09 09:00");
        assertThat(_getFormatted(view.grid, 2, "address")).isEqualTo("203.0.113.9");
        assertThat(_getFormatted(view.grid, 2, "account")).isEqualTo(person);

        fill(view.kind, SecurityEventKind.SIGN_IN_FAILED);
        assertThat(_size(view.grid)).isEqualTo(1);
        view.kind.clear();
        fill(view.from, DAY);
        fill(view.to, DAY);
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(_getFormatted(view.grid, 0, "kind")).isEqualTo("Locked out");

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        view.writeCsv(csv);
        String[] lines = csv.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("At (UTC),Event,Account,Actor,Client address,Detail");
        assertThat(lines[1]).startsWith(UTC.format(morning.plusSeconds(60)) + ",")
                .contains(",Locked out," + person + ",,203.0.113.9,")
                .endsWith("'=5 failed sign-ins: locked for 1 minute");
        assertThat(lines[2]).contains(",Sign-in failed," + person + ",,203.0.113.9,wrong password");
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void anEngineerCannotOpenTheLog() {
        login(Role.ENGINEER);
        navigate("security-log");
        _assertNone(SecurityLogView.class);
    }

    private void append(SecurityEventKind kind, Instant at, String email, UserAccount actor, String detail) {
        log.append(new SecurityEvent(kind, at, null, email, actor == null ? null : actor.id(), "203.0.113.9", detail));
    }
}
