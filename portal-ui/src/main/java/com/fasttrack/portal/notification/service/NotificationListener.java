package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerEscalated;
import com.fasttrack.portal.blocker.BlockerRaised;
import com.fasttrack.portal.checkin.CheckInOverdue;
import com.fasttrack.portal.checkin.CheckInRecorded;
import com.fasttrack.portal.engagement.Actor;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementRecordChanged;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.partner.MatchAccepted;
import com.fasttrack.portal.partner.MatchDeclined;
import com.fasttrack.portal.partner.MatchProposed;
import com.fasttrack.portal.partner.Proposal;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;

/**
 * Tells the people on an engagement what happened there, one method per event, in the writing transaction. Texts
 * name only what every recipient of that notification may see: an internal blocker reaches staff only, and a
 * check-in's internal note is never part of any text.
 */
@Component
@NotABoundary("an event listener: runs inside the writing service's transaction, after its checks")
// after the history (activity listeners, order 10): a page's live refresh goes out before the bells', as before
@Order(20)
class NotificationListener {

    private static final int SUMMARY_MAX = 200;

    private final Notifier notifier;

    NotificationListener(Notifier notifier) {
        this.notifier = notifier;
    }

    /** Its owner's account hears the blocker is assigned to it; everyone else the blocker concerns, that it was raised. */
    @EventListener
    void on(BlockerRaised event) {
        Blocker blocker = event.blocker();
        String internal = blocker.visibility() == Visibility.INTERNAL ? " (internal)" : "";
        Set<UserId> owner = blocker.ownerUser() == null ? Set.of() : Set.of(blocker.ownerUser());
        notify(event, NotificationKind.BLOCKER_ASSIGNED, name(event) + " assigned you the "
                + blocker.severity().label().toLowerCase() + " blocker '" + blocker.title() + "'" + internal,
                blocker.visibility(), owner, Set.of());
        notify(event, NotificationKind.BLOCKER_RAISED, name(event) + " raised a "
                + blocker.severity().label().toLowerCase() + " blocker: '" + blocker.title() + "'" + internal
                + ", owner " + blocker.owner(), blocker.visibility(), Set.of(), owner);
    }

    @EventListener
    void on(BlockerEscalated event) {
        Blocker blocker = event.blocker();
        String why = blocker.isPastDue(event.today()) ? "past its due date " + blocker.dueDate()
                : "critical and open for " + blocker.ageInDays(event.at()) + " days";
        String internal = blocker.visibility() == Visibility.INTERNAL ? " (internal)" : "";
        notify(event, NotificationKind.BLOCKER_ESCALATED, "Blocker '" + blocker.title() + "'" + internal
                + " is escalated: " + why + " (owner " + blocker.owner() + ")", blocker.visibility(),
                blocker.ownerUser() == null ? Set.of() : Set.of(blocker.ownerUser()), Set.of());
    }

    /** The shared summary only: the internal note stays out of every notification. */
    @EventListener
    void on(CheckInRecorded event) {
        var checkIn = event.checkIn();
        notify(event, NotificationKind.CHECK_IN_RECORDED, name(event) + " recorded the check-in of "
                + checkIn.date() + " (" + checkIn.onTrack().label() + "): " + clip(checkIn.sharedSummary()),
                Visibility.SHARED, Set.of(), Set.of());
    }

    @EventListener
    void on(CheckInOverdue event) {
        long days = ChronoUnit.DAYS.between(event.due(), event.today());
        notify(event, NotificationKind.CHECK_IN_OVERDUE, "The check-in due on " + event.due() + " is overdue by "
                + days + (days == 1 ? " day" : " days"), Visibility.SHARED, Set.of(), Set.of());
    }

    /** The customer is asked to answer the partner now in front of it. */
    @EventListener
    void on(MatchProposed event) {
        event.after().openProposal().map(Proposal::partnerName).ifPresent(partner -> notify(event,
                NotificationKind.MATCH_PROPOSED, partner + " is proposed as your partner: accept or decline it",
                Visibility.SHARED, Set.of(), Set.of()));
    }

    @EventListener
    void on(MatchAccepted event) {
        notify(event, NotificationKind.MATCH_ACCEPTED, name(event) + " accepted "
                + event.after().partnerName().orElse("the proposed partner"), Visibility.SHARED, Set.of(), Set.of());
    }

    /** The engineers hear of the decline; the next partner proposed, if any, is the customer's own doing. */
    @EventListener
    void on(MatchDeclined event) {
        String next = event.after().openProposal().map(p -> "; now proposed: " + p.partnerName()).orElse("");
        String reason = event.reason();
        notify(event, NotificationKind.MATCH_DECLINED, name(event) + " declined " + event.declinedPartner()
                + (reason == null || reason.isBlank() ? "" : ": " + clip(reason)) + next, Visibility.SHARED,
                Set.of(), Set.of());
    }

    /** Tells everyone on the engagement when it moved to another phase or was completed. */
    @EventListener
    void on(EngagementRecordChanged event) {
        EngagementState before = event.before();
        EngagementState after = event.after();
        if (before.phase() != after.phase()) {
            notify(event, NotificationKind.PHASE_CHANGED, name(event) + " moved the engagement from "
                    + before.phase().label() + " to " + after.phase().label(), Visibility.SHARED, Set.of(), Set.of());
        } else if (before.status() != EngagementStatus.COMPLETED && after.status() == EngagementStatus.COMPLETED) {
            notify(event, NotificationKind.PHASE_CHANGED, name(event) + " completed the engagement",
                    Visibility.SHARED, Set.of(), Set.of());
        }
    }

    private void notify(EngagementEvent event, NotificationKind kind, String text, Visibility visibility,
                        Collection<UserId> direct, Collection<UserId> excluded) {
        notifier.notify(event.engagement(), kind, text, visibility, direct, excluded, event.actor(), event.at());
    }

    private static String name(EngagementEvent event) {
        Actor actor = event.actor();
        return actor.isPortal() ? "The portal" : actor.name();
    }

    private static String clip(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        return value.length() > SUMMARY_MAX ? value.substring(0, SUMMARY_MAX - 1) + "…" : value;
    }
}
