package com.fasttrack.portal.portfolio.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.portfolio.Dimension;
import com.fasttrack.portal.portfolio.Portfolio;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.PageRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The home dashboards, each from scoped SQL: what a customer follows, what an engineer or PM acts on. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class DashboardService {

    /** A customer has a handful of engagements; more than this is a portfolio, not a home page. */
    static final int CUSTOMER_CARDS = 10;
    static final int PORTFOLIO_ROWS = 50;

    private final Portfolio portfolio;
    private final Blockers blockers;
    private final CheckIns checkIns;
    private final EngagementAccess access;
    private final Clock clock;

    DashboardService(Portfolio portfolio, Blockers blockers, CheckIns checkIns, EngagementAccess access, Clock clock) {
        this.portfolio = portfolio;
        this.blockers = blockers;
        this.checkIns = checkIns;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('" + Roles.CUSTOMER + "', '" + Roles.PARTNER + "')")
    public List<CustomerCard> customerHome() {
        EngagementScope scope = access.scope();
        return portfolio.rows(scope, today(), now(), PageRequest.of(0, CUSTOMER_CARDS)).stream()
                .map(row -> new CustomerCard(row, openBlockers(row, scope), checkIns.latest(row.id(), scope)
                        .orElse(null)))
                .toList();
    }

    private List<Blocker> openBlockers(PortfolioRow row, EngagementScope scope) {
        return blockers.of(row.id(), scope, BlockerFilter.ALL, PageRequest.of(0, 20)).stream()
                .filter(Blocker::isOpen).toList();
    }

    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public PortfolioOverview portfolio() {
        EngagementScope scope = access.scope();
        Map<Dimension, LinkedHashMap<String, Long>> distributions = new EnumMap<>(Dimension.class);
        if (access.user().role() == Role.PROGRAM_MANAGER) {
            for (Dimension dimension : Dimension.values()) {
                distributions.put(dimension, portfolio.distribution(scope, dimension));
            }
        }
        return new PortfolioOverview(portfolio.counts(scope, today(), now()),
                portfolio.rows(scope, today(), now(), PageRequest.of(0, PORTFOLIO_ROWS)), distributions);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
