package com.fasttrack.portal.portfolio.service;

import com.fasttrack.portal.portfolio.CardBlocker;
import com.fasttrack.portal.portfolio.CardCheckIn;
import com.fasttrack.portal.portfolio.PortfolioRow;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One engagement on the customer's home: its state, open (shared) blockers (the most severe, at most
 * {@link DashboardService#CARD_BLOCKERS}; the row counts them all) and the latest shared summary.
 */
public record CustomerCard(PortfolioRow engagement, List<CardBlocker> openBlockers,
                           @Nullable CardCheckIn latestCheckIn) {

    public CustomerCard {
        openBlockers = List.copyOf(openBlockers);
    }
}
