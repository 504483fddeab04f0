package com.fasttrack.portal.blocker;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Visibility;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlockerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static Blocker raised(Severity severity, Instant at, LocalDate due) {
        return Blocker.raise(EngagementId.random(), "VPN quota", "Gateway quota too low", severity, "Tom Baker", null,
                due, Visibility.SHARED, UserId.random(), at, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    @Test
    void aCriticalBlockerEscalatesAfterThreeDays() {
        assertThat(raised(Severity.CRITICAL, NOW.minus(3, ChronoUnit.DAYS), null).isEscalated(NOW, TODAY)).isFalse();
        assertThat(raised(Severity.CRITICAL, NOW.minus(73, ChronoUnit.HOURS), null).isEscalated(NOW, TODAY)).isTrue();
        assertThat(raised(Severity.HIGH, NOW.minus(30, ChronoUnit.DAYS), null).isEscalated(NOW, TODAY)).isFalse();
    }

    @Test
    void aPastDueBlockerEscalatesWhateverItsSeverity() {
        assertThat(raised(Severity.LOW, NOW, TODAY).isEscalated(NOW, TODAY)).isFalse();
        assertThat(raised(Severity.LOW, NOW.minus(2, ChronoUnit.DAYS), TODAY.minusDays(1)).isEscalated(NOW, TODAY))
                .isTrue();
    }

    @Test
    void closingNeedsAResolutionNote() {
        Blocker blocker = raised(Severity.HIGH, NOW, null);
        assertThatThrownBy(() -> blocker.changeStatus(BlockerStatus.RESOLVED, " ", NOW))
                .isInstanceOf(DomainException.class)
                .hasMessage("A resolution note is required to close a blocker");
        assertThatThrownBy(() -> blocker.changeStatus(BlockerStatus.WONT_FIX, null, NOW))
                .hasMessage("A resolution note is required to close a blocker");
        Blocker resolved = blocker.changeStatus(BlockerStatus.RESOLVED, "Quota raised to 20", NOW);
        assertThat(resolved.isOpen()).isFalse();
        assertThat(resolved.resolutionNote()).isEqualTo("Quota raised to 20");
        assertThat(resolved.closedAt()).isEqualTo(NOW);
    }

    @Test
    void aClosedBlockerNeitherEscalatesNorChanges() {
        Blocker closed = raised(Severity.CRITICAL, NOW.minus(10, ChronoUnit.DAYS), TODAY.minusDays(5))
                .changeStatus(BlockerStatus.WONT_FIX, "Accepted risk", NOW);
        assertThat(closed.isEscalated(NOW, TODAY)).isFalse();
        assertThatThrownBy(() -> closed.changeStatus(BlockerStatus.OPEN, null, NOW)).hasMessageContaining("closed");
    }

    @Test
    void inProgressNeedsNoNote() {
        Blocker started = raised(Severity.MEDIUM, NOW, null).changeStatus(BlockerStatus.IN_PROGRESS, null, NOW);
        assertThat(started.status()).isEqualTo(BlockerStatus.IN_PROGRESS);
        assertThat(started.isOpen()).isTrue();
    }

    @Test
    void aNewBlockerIsDueFromTheDayItIsRaisedOn() {
        assertThat(raised(Severity.LOW, NOW, TODAY).dueDate()).isEqualTo(TODAY);
        assertThatThrownBy(() -> raised(Severity.LOW, NOW, LocalDate.of(2020, 1, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessage("The due date must be today (2026-11-29) or later; 2020-01-01 has passed")
                .extracting(e -> ((DomainException) e).field().orElseThrow()).isEqualTo("Due date");
    }

    @Test
    void aChangedDueDateLiesFromTodayOnButAPassedOneMayStayAsItIs() {
        Blocker pastDue = raised(Severity.LOW, NOW.minus(10, ChronoUnit.DAYS), TODAY.minusDays(3));
        assertThat(pastDue.reschedule(TODAY.minusDays(3), TODAY).dueDate()).isEqualTo(TODAY.minusDays(3));
        assertThat(pastDue.reschedule(TODAY.plusDays(7), TODAY).dueDate()).isEqualTo(TODAY.plusDays(7));
        assertThat(pastDue.reschedule(null, TODAY).dueDate()).isNull();
        assertThatThrownBy(() -> pastDue.reschedule(TODAY.minusDays(1), TODAY))
                .hasMessage("The due date must be today (2026-11-29) or later; 2026-11-28 has passed");
    }

    @Test
    void aControlCharacterInAnyTextOfABlockerIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Blocker.raise(EngagementId.random(), "VPN", "line\u0007bell", Severity.LOW, "Tom",
                null, null, Visibility.SHARED, UserId.random(), NOW, TODAY))
                .hasMessage("Description contains a control character (U+0007); remove it");
        assertThatThrownBy(() -> raised(Severity.LOW, NOW, null).changeStatus(BlockerStatus.RESOLVED, "done\u0000",
                NOW)).hasMessage("Resolution note contains a control character (U+0000); remove it");
    }

    @Test
    void anOwnerNameIsLimitedLikeItsColumn() {
        assertThatThrownBy(() -> Blocker.raise(EngagementId.random(), "VPN", "", Severity.LOW, "x".repeat(201),
                null, null, Visibility.SHARED, UserId.random(), NOW, TODAY))
                .hasMessage("Owner must be at most " + Blocker.OWNER_MAX + " characters");
    }
}
