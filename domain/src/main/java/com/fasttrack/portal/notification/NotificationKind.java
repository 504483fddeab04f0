package com.fasttrack.portal.notification;

import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.partner.PartnerTabs;
import com.fasttrack.portal.shared.Visibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a notification tells, which tab of the engagement page it links to, and which parties hear of it. The
 * audience is the whole rule of "who gets what" apart from the person a blocker is assigned to.
 */
public enum NotificationKind {
    BLOCKER_RAISED("New blocker", BlockerTabs.BLOCKERS, EnumSet.allOf(Party.class)),
    BLOCKER_ASSIGNED("Blocker assigned to you", BlockerTabs.BLOCKERS, EnumSet.noneOf(Party.class)),
    BLOCKER_ESCALATED("Blocker escalated", BlockerTabs.BLOCKERS, EnumSet.of(Party.ENGINEERS, Party.CUSTOMER)),
    CHECK_IN_RECORDED("Check-in recorded", CheckInTabs.CHECK_INS, EnumSet.of(Party.ENGINEERS, Party.CUSTOMER)),
    CHECK_IN_OVERDUE("Check-in overdue", CheckInTabs.CHECK_INS, EnumSet.of(Party.ENGINEERS)),
    // partners never see a match, so no match step ever reaches a partner
    MATCH_PROPOSED("Partner proposed", PartnerTabs.PARTNERS, EnumSet.of(Party.CUSTOMER)),
    MATCH_ACCEPTED("Partner accepted", PartnerTabs.PARTNERS, EnumSet.of(Party.ENGINEERS)),
    MATCH_DECLINED("Partner declined", PartnerTabs.PARTNERS, EnumSet.of(Party.ENGINEERS)),
    PHASE_CHANGED("Phase changed", EngagementTabs.PHASE, EnumSet.allOf(Party.class));

    private final String label;
    private final TabKey tab;
    private final Set<Party> audience;

    NotificationKind(String label, TabKey tab, Set<Party> audience) {
        this.label = label;
        this.tab = tab;
        this.audience = audience;
    }

    public String label() {
        return label;
    }

    /** The engagement page's tab that shows what the notification is about. */
    public TabKey tab() {
        return tab;
    }

    /** Who hears of it: internal content reaches the provider's engineers only, whatever the kind. */
    public Set<Party> audience(Visibility visibility) {
        Set<Party> parties = audience.isEmpty() ? EnumSet.noneOf(Party.class) : EnumSet.copyOf(audience);
        if (visibility == Visibility.INTERNAL) {
            parties.retainAll(Set.of(Party.ENGINEERS));
        }
        return Set.copyOf(parties);
    }
}
