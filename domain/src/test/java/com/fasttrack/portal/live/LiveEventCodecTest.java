package com.fasttrack.portal.live;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LiveEventCodecTest {

    @Test
    void everyKindOfEventSurvivesTheRoundTrip() {
        EngagementId engagement = EngagementId.random();
        UserId user = UserId.random();
        for (LiveEvent event : new LiveEvent[] {
                new EngagementChanged(engagement, ActivityKind.BLOCKER_RAISED, Visibility.INTERNAL, user,
                        "Ana Ödegaard", Instant.parse("2026-11-30T09:15:30.123456Z")),
                new NotificationsChanged(user),
                new EngagementChanged(engagement, ActivityKind.PARTNER_EXPIRED, Visibility.SHARED, null,
                        "FastTrack portal (scheduled)", Instant.EPOCH),
                new PresenceSignal(engagement, "node-1/ui-7", user, "Ana", PresenceSignal.Kind.LEFT)}) {
            assertThat(LiveEventCodec.decode(LiveEventCodec.encode(event))).contains(event);
        }
    }

    @Test
    void namesCannotBreakThePayloadAndLongOnesAreCut() {
        String sneaky = "Eve\u001FE\u001Fx\nnew line " + "x".repeat(5000);
        var event = new EngagementChanged(EngagementId.random(), ActivityKind.GOAL_CHANGED, Visibility.SHARED,
                UserId.random(), sneaky, Instant.EPOCH);
        String payload = LiveEventCodec.encode(event);
        assertThat(payload.getBytes(StandardCharsets.UTF_8).length).isLessThan(8000);
        EngagementChanged read = (EngagementChanged) LiveEventCodec.decode(payload).orElseThrow();
        assertThat(read.actorName()).startsWith("Eve E x new line ").hasSize(200);
        assertThat(read.engagement()).isEqualTo(event.engagement());
    }

    @Test
    void unreadablePayloadsAreIgnored() {
        assertThat(LiveEventCodec.decode("")).isEmpty();
        assertThat(LiveEventCodec.decode("E\u001Fnot-a-uuid")).isEmpty();
        assertThat(LiveEventCodec.decode("Z\u001Fwhatever")).isEmpty();
    }
}
