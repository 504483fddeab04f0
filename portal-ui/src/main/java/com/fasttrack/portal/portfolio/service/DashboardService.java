package com.fasttrack.portal.portfolio.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.portfolio.CardBlocker;
import com.fasttrack.portal.portfolio.CardCheckIn;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The home dashboards, each from scoped SQL: what a customer follows, what an engineer or PM acts on. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class DashboardService {

    /** A customer has a handful of engagements; more than this is a portfolio, not a home page. */
    static final int CUSTOMER_CARDS = 10;
    static final int PORTFOLIO_ROWS = 50;
    /** A card lists this many open blockers, the most severe first. */
    public static final int CARD_BLOCKERS = 20;

    private final Portfolio portfolio;
    private final EngagementAccess access;
    private final Clock clock;

    DashboardService(Portfolio portfolio, EngagementAccess access, Clock clock) {
        this.portfolio = portfolio;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The cards in three statements whatever their number: the rows (with their blocker counts), the open blockers
     * of all of them, the latest check-in of each.
     */
    @PreAuthorize("hasAnyRole('" + Roles.CUSTOMER + "', '" + Roles.PARTNER + "')")
    public List<CustomerCard> customerHome() {
        EngagementScope scope = access.scope();
        List<PortfolioRow> rows = portfolio.rows(scope, today(), now(), PageRequest.of(0, CUSTOMER_CARDS));
        List<EngagementId> ids = rows.stream().map(PortfolioRow::id).toList();
        Map<EngagementId, List<CardBlocker>> blockers = portfolio.openBlockers(ids, scope, CARD_BLOCKERS).stream()
                .collect(Collectors.groupingBy(CardBlocker::engagement));
        Map<EngagementId, CardCheckIn> latest = portfolio.latestCheckIns(ids, scope).stream()
                .collect(Collectors.toMap(CardCheckIn::engagement, Function.identity()));
        return rows.stream().map(row -> new CustomerCard(row, blockers.getOrDefault(row.id(), List.of()),
                latest.get(row.id()))).toList();
    }

    /** The counts, the first rows and (for a program manager) the distributions: three statements. */
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public PortfolioOverview portfolio() {
        EngagementScope scope = access.scope();
        Map<Dimension, LinkedHashMap<String, Long>> distributions = access.user().role() == Role.PROGRAM_MANAGER
                ? portfolio.distributions(scope) : Map.of();
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
