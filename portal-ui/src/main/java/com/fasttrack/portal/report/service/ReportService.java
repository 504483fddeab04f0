package com.fasttrack.portal.report.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerFilter;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.CheckIns;
import com.fasttrack.portal.checkin.service.CheckInRow;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.health.EngagementHealth;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.portfolio.Portfolio;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.report.Audience;
import com.fasttrack.portal.report.EngagementReport;
import com.fasttrack.portal.report.EngagementReportBuilder;
import com.fasttrack.portal.report.PortfolioReport;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.NotFoundException;
import com.fasttrack.portal.shared.PageRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Builds report models from the engagement's details (as its page shows them) and the domain's queries, each asked
 * within the user's scope exactly as the feature's own screen asks it, so an export can never see more than its
 * screen. Customers and partners get the shared audience only; provider staff choose. It reads the other features'
 * data through the domain, not through their services, so the report feature depends on no other feature but the
 * engagement it reports on.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ReportService {

    static final int PAGE = 1000;

    private final EngagementService engagements;
    private final EngagementHealth health;
    private final CheckIns checkIns;
    private final Blockers blockers;
    private final Portfolio portfolio;
    private final PartnerMatches matches;
    private final BacklogItems backlog;
    private final UserAccounts users;
    private final EngagementAccess access;
    private final Clock clock;

    ReportService(EngagementService engagements, EngagementHealth health, CheckIns checkIns, Blockers blockers,
                  Portfolio portfolio, PartnerMatches matches, BacklogItems backlog, UserAccounts users,
                  EngagementAccess access, Clock clock) {
        this.engagements = engagements;
        this.health = health;
        this.checkIns = checkIns;
        this.blockers = blockers;
        this.portfolio = portfolio;
        this.matches = matches;
        this.backlog = backlog;
        this.users = users;
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
        // loads the engagement within the user's scope (not found outside it) before anything else is read
        EngagementDetails details = engagements.details(id);
        EngagementScope scope = access.scope();
        List<CheckInRow> rows = checkInRows(id, scope);
        List<Blocker> open = all((offset, limit) -> blockers.of(id, scope, BlockerFilter.ALL,
                new PageRequest(offset, limit, List.of())));
        Health current = health.current(id, scope).orElseThrow(() -> new NotFoundException("Engagement"));
        return EngagementReportBuilder.forAudience(audience, user.displayName(), Instant.now(clock), clock.getZone())
                .partnerMatches(matchLines(id, user))
                .backlog(backlog.progress(id, scope).stream().map(r -> new EngagementReport.ReleaseProgress(
                        r.release(), r.items(), r.doneItems(), r.points(), r.donePoints())).toList())
                .build(details, current, health.history(id, scope), rows, open);
    }

    /** The check-ins the user may see (the scope hides internal notes from customers and partners), with names. */
    private List<CheckInRow> checkInRows(EngagementId id, EngagementScope scope) {
        List<CheckIn> seen = all((offset, limit) -> checkIns.of(id, scope, new PageRequest(offset, limit, List.of())));
        Set<UserId> ids = new HashSet<>();
        seen.forEach(c -> {
            ids.add(c.recordedBy());
            if (c.acknowledgedBy() != null) {
                ids.add(c.acknowledgedBy());
            }
        });
        Map<UserId, String> names = users.findByIds(ids).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        return seen.stream().map(c -> new CheckInRow(c, names.getOrDefault(c.recordedBy(), "Former user"),
                c.acknowledgedBy() == null ? null : names.getOrDefault(c.acknowledgedBy(), "Former user"))).toList();
    }

    /**
     * The matches the user may see on the Partners tab: a partner only the partner engaged on the engagement (its
     * own), everyone else the active match first, then the earlier ones.
     */
    private List<EngagementReport.MatchLine> matchLines(EngagementId id, PortalUser user) {
        if (user.role() == Role.PARTNER) {
            return matches.engagedOn(id, user.organisationId().orElseThrow()).flatMap(PartnerMatch::partnerName)
                    .map(engaged -> List.of(new EngagementReport.MatchLine(engaged, "", "Engaged", 0, null)))
                    .orElse(List.of());
        }
        List<PartnerMatch> all = matches.of(id);
        @Nullable PartnerMatch active = all.stream().filter(m -> m.status().isActive()).findFirst().orElse(null);
        List<PartnerMatch> visible = new ArrayList<>();
        if (active != null) {
            visible.add(active);
        }
        all.stream().filter(m -> m != active).forEach(visible::add);
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
