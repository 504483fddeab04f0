package com.fasttrack.portal.notification.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementMembers;
import com.fasttrack.portal.engagement.EngagementMembers.Member;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.live.LiveEvents;
import com.fasttrack.portal.live.NotificationsChanged;
import com.fasttrack.portal.notification.MailDelivery;
import com.fasttrack.portal.notification.MailMode;
import com.fasttrack.portal.notification.MailPreferences;
import com.fasttrack.portal.notification.Notification;
import com.fasttrack.portal.notification.NotificationKind;
import com.fasttrack.portal.notification.Notifications;
import com.fasttrack.portal.notification.Party;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.Proposal;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.Visibility;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates notifications in the transaction of the change they tell of (a rolled-back change notifies nobody). The
 * services call one method per event; {@link #recipients} alone decides who hears of it. Texts name only what every
 * recipient of that notification may see: an internal blocker reaches staff only, and a check-in's internal note is
 * never part of any text.
 */
@Component
@Transactional
public class Notifier {

    private static final EngagementScope SYSTEM = new EngagementScope.All();
    private static final int SUMMARY_MAX = 200;

    private final Engagements engagements;
    private final EngagementMembers members;
    private final Notifications notifications;
    private final MailPreferences preferences;
    private final MailSettings mail;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final LiveEvents live;

    Notifier(Engagements engagements, EngagementMembers members, Notifications notifications,
             MailPreferences preferences, MailSettings mail, CurrentUser currentUser, LiveEvents live, Clock clock) {
        this.live = live;
        this.engagements = engagements;
        this.members = members;
        this.notifications = notifications;
        this.preferences = preferences;
        this.mail = mail;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // --- events ---

    /** A new blocker: its owner's account hears it is assigned to it; everyone else the blocker concerns, that it was raised. */
    public void blockerRaised(Blocker blocker) {
        String internal = blocker.visibility() == Visibility.INTERNAL ? " (internal)" : "";
        Set<UserId> owner = blocker.ownerUser() == null ? Set.of() : Set.of(blocker.ownerUser());
        notify(blocker.engagementId(), NotificationKind.BLOCKER_ASSIGNED, actorName() + " assigned you the "
                + blocker.severity().label().toLowerCase() + " blocker '" + blocker.title() + "'" + internal,
                blocker.visibility(), owner, Set.of());
        notify(blocker.engagementId(), NotificationKind.BLOCKER_RAISED, actorName() + " raised a "
                + blocker.severity().label().toLowerCase() + " blocker: '" + blocker.title() + "'" + internal
                + ", owner " + blocker.owner(), blocker.visibility(), Set.of(), owner);
    }

    /** From the daily reminders: the blocker is critical and open for more than three days, or past due. */
    public void blockerEscalated(Blocker blocker, Instant now, LocalDate today) {
        String why = blocker.isPastDue(today) ? "past its due date " + blocker.dueDate()
                : "critical and open for " + blocker.ageInDays(now) + " days";
        String internal = blocker.visibility() == Visibility.INTERNAL ? " (internal)" : "";
        notify(blocker.engagementId(), NotificationKind.BLOCKER_ESCALATED, "Blocker '" + blocker.title() + "'"
                + internal + " is escalated: " + why + " (owner " + blocker.owner() + ")", blocker.visibility(),
                blocker.ownerUser() == null ? Set.of() : Set.of(blocker.ownerUser()), Set.of());
    }

    /** The shared summary only: the internal note stays out of every notification. */
    public void checkInRecorded(CheckIn checkIn) {
        notify(checkIn.engagementId(), NotificationKind.CHECK_IN_RECORDED, actorName() + " recorded the check-in of "
                + checkIn.date() + " (" + checkIn.onTrack().label() + "): " + clip(checkIn.sharedSummary()),
                Visibility.SHARED, Set.of(), Set.of());
    }

    /** From the daily reminders: the engagement's next check-in was due before today. */
    public void checkInOverdue(EngagementId engagement, LocalDate due, LocalDate today) {
        long days = ChronoUnit.DAYS.between(due, today);
        notify(engagement, NotificationKind.CHECK_IN_OVERDUE, "The check-in due on " + due + " is overdue by " + days
                + (days == 1 ? " day" : " days"), Visibility.SHARED, Set.of(), Set.of());
    }

    /** The customer is asked to answer the partner now in front of it. */
    public void matchProposed(PartnerMatch match) {
        match.openProposal().map(Proposal::partnerName).ifPresent(partner -> notify(match.engagementId(),
                NotificationKind.MATCH_PROPOSED, partner + " is proposed as your partner: accept or decline it",
                Visibility.SHARED, Set.of(), Set.of()));
    }

    public void matchAccepted(PartnerMatch match) {
        notify(match.engagementId(), NotificationKind.MATCH_ACCEPTED, actorName() + " accepted "
                + match.partnerName().orElse("the proposed partner"), Visibility.SHARED, Set.of(), Set.of());
    }

    /** The engineers hear of the decline; the next partner proposed, if any, is the customer's own doing. */
    public void matchDeclined(PartnerMatch after, String declinedPartner, @Nullable String reason) {
        String next = after.openProposal().map(p -> "; now proposed: " + p.partnerName()).orElse("");
        notify(after.engagementId(), NotificationKind.MATCH_DECLINED, actorName() + " declined " + declinedPartner
                + (reason == null || reason.isBlank() ? "" : ": " + clip(reason)) + next, Visibility.SHARED,
                Set.of(), Set.of());
    }

    /** Tells everyone on the engagement when it moved to another phase or was completed. */
    public void engagementChanged(EngagementState before, EngagementState after) {
        if (before.phase() != after.phase()) {
            notify(after.id(), NotificationKind.PHASE_CHANGED, actorName() + " moved the engagement from "
                    + before.phase().label() + " to " + after.phase().label(), Visibility.SHARED, Set.of(), Set.of());
        } else if (before.status() != EngagementStatus.COMPLETED && after.status() == EngagementStatus.COMPLETED) {
            notify(after.id(), NotificationKind.PHASE_CHANGED, actorName() + " completed the engagement",
                    Visibility.SHARED, Set.of(), Set.of());
        }
    }

    // --- who hears of what ---

    /**
     * Who hears of a notification: the parties of its kind's audience (only the engineers for internal content),
     * plus the people on the engagement it is addressed to directly (a blocker's owner; internal content only if
     * provider staff), less those excluded and never the person who caused it. Program managers see every engagement
     * but are on none, so they hear only of what they are addressed. The one place that decides recipients.
     */
    public List<Recipient> recipients(EngagementId engagement, NotificationKind kind, Visibility visibility,
                                      Collection<UserId> direct, Collection<UserId> excluded) {
        Set<Party> audience = kind.audience(visibility);
        Map<UserId, Recipient> chosen = new LinkedHashMap<>();
        for (Member member : members.of(engagement)) {
            boolean addressed = direct.contains(member.id())
                    && (visibility == Visibility.SHARED || member.role().isProviderStaff());
            if (addressed || audience.contains(party(member.role()))) {
                chosen.put(member.id(), new Recipient(member.id(), member.role()));
            }
        }
        excluded.forEach(chosen::remove);
        actor().ifPresent(actor -> chosen.remove(actor.id()));
        return List.copyOf(chosen.values());
    }

    /** Someone a notification is for. */
    public record Recipient(UserId id, Role role) {
    }

    private static Party party(Role role) {
        return switch (role) {
            case CUSTOMER -> Party.CUSTOMER;
            case PARTNER -> Party.PARTNER;
            case ENGINEER, PROGRAM_MANAGER -> Party.ENGINEERS;
        };
    }

    private void notify(EngagementId engagementId, NotificationKind kind, String text, Visibility visibility,
                        Collection<UserId> direct, Collection<UserId> excluded) {
        List<Recipient> recipients = recipients(engagementId, kind, visibility, direct, excluded);
        if (recipients.isEmpty()) {
            return;
        }
        Engagement engagement = engagements.find(engagementId, SYSTEM).orElseThrow();
        Map<UserId, MailMode> modes = mail.enabled()
                ? preferences.modesOf(recipients.stream().map(Recipient::id).toList()) : Map.of();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Notification> created = new ArrayList<>();
        for (Recipient recipient : recipients) {
            MailDelivery delivery = mail.enabled() ? modes.getOrDefault(recipient.id(), MailMode.DEFAULT).delivery()
                    : MailDelivery.NONE;
            created.add(Notification.of(recipient.id(), engagementId, engagement.title(), kind, text, visibility,
                    now, delivery));
        }
        notifications.add(created);
        // each recipient's bell counts again, on whichever instance it is open, once this transaction commits
        recipients.forEach(recipient -> live.publish(new NotificationsChanged(recipient.id())));
    }

    private java.util.Optional<PortalUser> actor() {
        return currentUser.get();
    }

    private String actorName() {
        return actor().map(PortalUser::displayName).orElse("The portal");
    }

    private static String clip(String text) {
        String value = text.strip().replaceAll("\\s+", " ");
        return value.length() > SUMMARY_MAX ? value.substring(0, SUMMARY_MAX - 1) + "…" : value;
    }
}
