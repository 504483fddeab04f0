package com.fasttrack.portal.report.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.service.BlockerService;
import com.fasttrack.portal.checkin.service.CheckInRow;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.health.service.HealthService;
import com.fasttrack.portal.backlog.service.BacklogService;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.service.MatchOverview;
import com.fasttrack.portal.partner.service.PartnerMatchService;
import com.fasttrack.portal.portfolio.Portfolio;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.report.Audience;
import com.fasttrack.portal.report.EngagementReport;
import com.fasttrack.portal.report.EngagementReportBuilder;
import com.fasttrack.portal.report.PortfolioReport;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.shared.PageRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Builds report models through the very services the screens use, so an export can never see more than its screen.
 * Customers and partners get the shared audience only; provider staff choose.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ReportService {

    static final int PAGE = 1000;

    private final EngagementService engagements;
    private final HealthService health;
    private final CheckInService checkIns;
    private final BlockerService blockers;
    private final Portfolio portfolio;
    private final PartnerMatchService matches;
    private final BacklogService backlog;
    private final EngagementAccess access;
    private final Clock clock;

    ReportService(EngagementService engagements, HealthService health, CheckInService checkIns,
                  BlockerService blockers, Portfolio portfolio, PartnerMatchService matches, BacklogService backlog,
                  EngagementAccess access, Clock clock) {
        this.engagements = engagements;
        this.health = health;
        this.checkIns = checkIns;
        this.blockers = blockers;
        this.portfolio = portfolio;
        this.matches = matches;
        this.backlog = backlog;
        this.access = access;
        this.clock = clock;
    }

    /** The audiences the current user may export for. */
    public List<Audience> audiences() {
        return access.user().role().isProviderStaff() ? List.of(Audience.SHARED, Audience.INTERNAL)
                : List.of(Audience.SHARED);
    }

    public EngagementReport engagementReport(EngagementId id, Audience audience) {
        PortalUser user = access.user();
        if (audience == Audience.INTERNAL && !user.role().isProviderStaff()) {
            throw new AccessDeniedException("Internal reports are for the provider's staff");
        }
        EngagementDetails details = engagements.details(id);
        List<CheckInRow> rows = all((offset, limit) -> checkIns.of(id, new PageRequest(offset, limit, List.of())));
        List<Blocker> open = all((offset, limit) -> blockers.of(id, BlockerFilter.ALL,
                new PageRequest(offset, limit, List.of())));
        return EngagementReportBuilder.forAudience(audience, user.displayName(), Instant.now(clock), clock.getZone())
                .partnerMatches(matchLines(id))
                .backlog(backlog.progress(id).stream().map(r -> new EngagementReport.ReleaseProgress(r.release(),
                        r.items(), r.doneItems(), r.points(), r.donePoints())).toList())
                .build(details, health.current(id), health.history(id), rows, open);
    }

    /** The matches the user may see on the Partners tab (a partner: only its own engagement). */
    private List<EngagementReport.MatchLine> matchLines(EngagementId id) {
        MatchOverview overview = matches.overview(id);
        List<PartnerMatch> visible = new ArrayList<>();
        if (overview.active() != null) {
            visible.add(overview.active());
        }
        visible.addAll(overview.earlier());
        if (visible.isEmpty() && overview.engagedPartnerName() != null) {
            return List.of(new EngagementReport.MatchLine(overview.engagedPartnerName(), "", "Engaged", 0, null));
        }
        return visible.stream().map(m -> new EngagementReport.MatchLine(m.partnerName().orElse("No partner yet"), "",
                m.status().label(), 0, m.transitions().isEmpty() ? null : m.transitions().getLast().at())).toList();
    }

    /** One row per running engagement in the user's scope: for engineers and program managers. */
    @PreAuthorize("hasAnyRole('" + Roles.ENGINEER + "', '" + Roles.PROGRAM_MANAGER + "')")
    public PortfolioReport portfolioReport() {
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        List<PortfolioRow> rows = all((offset, limit) -> portfolio.rows(access.scope(), today, now,
                new PageRequest(offset, limit, List.of())));
        return new PortfolioReport(now, access.user().displayName(), today, rows);
    }

    private static <T> List<T> all(BiFunction<Integer, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            List<T> next = page.apply(offset, PAGE);
            all.addAll(next);
            if (next.size() < PAGE) {
                return all;
            }
        }
    }

    /** A file name that carries the engagement and the day, safe for every file system. */
    public static String fileName(String title, LocalDate day, String extension) {
        String slug = title.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return (slug.isEmpty() ? "engagement" : slug) + "-" + day + "." + extension;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
