package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.partner.MatchAccepted;
import com.fasttrack.portal.partner.MatchClosed;
import com.fasttrack.portal.partner.MatchDeclined;
import com.fasttrack.portal.partner.MatchEngaged;
import com.fasttrack.portal.partner.MatchExpired;
import com.fasttrack.portal.partner.MatchProposed;
import com.fasttrack.portal.partner.MatchRequested;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.stream.Collectors;

/** Writes the history of an engagement's partner matches from their events: each step, from status to status. */
@Component
@NotABoundary("an event listener: runs inside the writing service's transaction, after its checks")
@Order(10) // with the rest of the history, before the notifications (see ActivityHistory)
class PartnerMatchHistory {

    private final ActivityLog log;

    PartnerMatchHistory(ActivityLog log) {
        this.log = log;
    }

    @EventListener
    void on(MatchRequested event) {
        PartnerMatch requested = event.match();
        log.append(event, ActivityKind.PARTNER_REQUESTED, "Partner requested for " + requested.workloads().stream()
                .map(WorkloadCode::value).collect(Collectors.joining(", ")), null, requested.status().label(),
                Visibility.SHARED);
    }

    @EventListener
    void on(MatchProposed event) {
        step(event, ActivityKind.PARTNER_PROPOSED, "Partners proposed: " + String.join(", ", event.partners()),
                event.before(), event.after());
    }

    @EventListener
    void on(MatchAccepted event) {
        step(event, ActivityKind.PARTNER_ACCEPTED, event.partnerName() + " accepted", event.before(), event.after());
    }

    @EventListener
    void on(MatchDeclined event) {
        step(event, ActivityKind.PARTNER_DECLINED, event.declinedPartner() + " declined" + reason(event.reason()),
                event.before(), event.after());
    }

    @EventListener
    void on(MatchEngaged event) {
        step(event, ActivityKind.PARTNER_ENGAGED, event.after().partnerName().orElse("The partner") + " engaged",
                event.before(), event.after());
    }

    @EventListener
    void on(MatchClosed event) {
        step(event, ActivityKind.PARTNER_RELEASED, event.after().partnerName().orElse("The partner")
                + "'s work closed" + reason(event.reason()), event.before(), event.after());
    }

    @EventListener
    void on(MatchExpired event) {
        step(event, ActivityKind.PARTNER_EXPIRED, event.before().openProposal()
                        .map(p -> p.partnerName() + "'s proposal").orElse("The proposal")
                        + " expired: not answered within 14 days", event.before(), event.after());
    }

    private void step(EngagementEvent event, ActivityKind kind, String summary, PartnerMatch before,
                      PartnerMatch after) {
        log.append(event, kind, summary, before.status().label(), after.status().label(), Visibility.SHARED);
    }

    private static String reason(@Nullable String reason) {
        return reason == null || reason.isBlank() ? "" : ": " + reason.strip();
    }
}
