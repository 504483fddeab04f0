package com.fasttrack.portal.portfolio.service;

import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.portfolio.PortfolioRow;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** One engagement on the customer's home: its state, open (shared) blockers and the latest shared summary. */
public record CustomerCard(PortfolioRow engagement, List<Blocker> openBlockers, @Nullable CheckIn latestCheckIn) {

    public CustomerCard {
        openBlockers = List.copyOf(openBlockers);
    }
}
