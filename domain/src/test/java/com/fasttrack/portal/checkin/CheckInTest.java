package com.fasttrack.portal.checkin;

import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.DomainException;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckInTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);
    private static final Instant AT = Instant.parse("2026-11-26T15:00:00Z");

    private static CheckIn record(LocalDate next, Cadence cadence) {
        return CheckIn.record(EngagementId.random(), DAY, CheckInKind.STATUS, List.of("Zoë", "Priya"),
                "Landing zone ready", "Customer's budget is shaky", OnTrack.AT_RISK, "", "", next, cadence,
                UserId.random(), AT);
    }

    @Test
    void cadenceIsWeeklyInTheFirstTwoPhasesAndFortnightlyAfter() {
        assertThat(Cadence.defaultFor(Phase.DISCOVERY).days()).isEqualTo(7);
        assertThat(Cadence.defaultFor(Phase.SOLUTION_ENABLEMENT).days()).isEqualTo(7);
        assertThat(Cadence.defaultFor(Phase.CONTINUOUS_PARTNERSHIP).days()).isEqualTo(14);
        assertThat(Cadence.defaultFor(Phase.CONTINUOUS_PARTNERSHIP).label()).isEqualTo("every two weeks");
    }

    @Test
    void theNextCheckInDefaultsToTheDatePlusTheCadence() {
        assertThat(record(null, new Cadence(7)).nextCheckIn()).isEqualTo(DAY.plusDays(7));
        assertThat(record(null, new Cadence(14)).nextCheckIn()).isEqualTo(DAY.plusDays(14));
        assertThat(record(DAY.plusDays(3), new Cadence(14)).nextCheckIn()).isEqualTo(DAY.plusDays(3));
    }

    @Test
    void theNextCheckInMustFollowThisOne() {
        assertThatThrownBy(() -> record(DAY, new Cadence(7))).isInstanceOf(DomainException.class)
                .hasMessageContaining("must be after this one");
    }

    @Test
    void aSharedSummaryIsRequired() {
        assertThatThrownBy(() -> CheckIn.record(EngagementId.random(), DAY, CheckInKind.STATUS, List.of(), " ", "",
                OnTrack.ON_TRACK, "", "", null, new Cadence(7), UserId.random(), AT))
                .hasMessage("Shared summary is required");
    }

    @Test
    void aCheckInIsAcknowledgedOnce() {
        UserId customer = UserId.random();
        CheckIn acknowledged = record(null, new Cadence(7)).acknowledge(customer, AT.plusSeconds(60));
        assertThat(acknowledged.acknowledged()).isTrue();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(customer);
        assertThatThrownBy(() -> acknowledged.acknowledge(UserId.random(), AT)).hasMessageContaining("already");
    }

    @Test
    void aCadenceIsBetweenOneAndNinetyDays() {
        assertThatThrownBy(() -> new Cadence(0)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Cadence(91)).isInstanceOf(DomainException.class);
    }
}
