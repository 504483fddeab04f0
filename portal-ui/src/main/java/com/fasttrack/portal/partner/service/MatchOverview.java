package com.fasttrack.portal.partner.service;

import com.fasttrack.portal.partner.PartnerMatch;

import org.jspecify.annotations.Nullable;

import com.fasttrack.portal.security.UserId;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the Partners tab shows. Staff and the customer get the active match and the earlier ones; a partner only
 * learns whether its own organisation is engaged ({@code engagedPartnerName}), never any proposal.
 */
public record MatchOverview(@Nullable PartnerMatch active, List<PartnerMatch> earlier,
                            @Nullable String engagedPartnerName, Map<UserId, String> people,
                            Set<Step> allowed) {

    /** The name of who took a step; the portal itself when no one did (expiry). */
    public String nameOf(@Nullable UserId user) {
        return user == null ? "Portal (expiry)" : people.getOrDefault(user, "Former user");
    }

    /** Whether the current user may take this step now. */
    public boolean may(Step step) {
        return allowed.contains(step);
    }

    /**
     * A step of partner matching: who may take it is {@code Capability.REQUEST_PARTNER} or
     * {@code MANAGE_PARTNER_MATCH} (decide: the customer), and which step is due is the active match's status.
     */
    public enum Step {
        /** Ask for a partner, when no match is active. */
        REQUEST,
        /** Propose ranked candidates to the customer. */
        PROPOSE,
        /** The customer accepts or declines the proposed partner. */
        DECIDE,
        /** Engage the accepted partner. */
        ENGAGE,
        /** End the match that gives the partner access. */
        CLOSE
    }
}
