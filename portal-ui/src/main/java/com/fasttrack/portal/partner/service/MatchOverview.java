package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.partner.PartnerMatch;

import org.jspecify.annotations.Nullable;

import com.fasttrack.portal.security.UserId;

import java.util.List;
import java.util.Map;

/**
 * What the Partners tab shows. Staff and the customer get the active match and the earlier ones; a partner only
 * learns whether its own organisation is engaged ({@code engagedPartnerName}), never any proposal.
 */
public record MatchOverview(@Nullable PartnerMatch active, List<PartnerMatch> earlier,
                            @Nullable String engagedPartnerName, Map<UserId, String> people,
                            Permissions permissions) {

    /** The name of who took a step; the portal itself when no one did (expiry). */
    public String nameOf(@Nullable UserId user) {
        return user == null ? "Portal (expiry)" : people.getOrDefault(user, "Former user");
    }

    /** What the current user may do with the active match (or without one). */
    public record Permissions(boolean request, boolean propose, boolean decide, boolean engage, boolean close) {

        public static final Permissions NONE = new Permissions(false, false, false, false, false);
    }
}
