package com.fasttrack.portal.partner;

import com.fasttrack.portal.organisation.Region;

import java.util.Objects;

/**
 * A partner as the ranking sees it: its profile, its organisation's name and home region, and how many
 * engagements it currently works on (matches accepted or engaged).
 */
public record PartnerCandidate(PartnerProfile profile, String name, Region homeRegion, int activeEngagements) {

    public PartnerCandidate {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(homeRegion, "homeRegion");
        if (activeEngagements < 0) {
            throw new IllegalArgumentException("activeEngagements must not be negative");
        }
    }

    public int freeCapacity() {
        return Math.max(0, profile.capacity() - activeEngagements);
    }

    public boolean isFull() {
        return freeCapacity() == 0;
    }
}
