package com.fasttrack.portal.demo;

import com.fasttrack.portal.backlog.BacklogFilter;
import com.fasttrack.portal.backlog.BacklogItemAdded;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.FirstBacklog;
import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchAccepted;
import com.fasttrack.portal.partner.MatchEngaged;
import com.fasttrack.portal.partner.MatchProposed;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchRequested;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo partners with different types, regions and specialties (so the ranking differs per engagement), Contoso's
 * retail platform with Northwind engaged and a backlog in progress, and a fresh request on the loyalty app.
 * Everything is created only when missing, with the history of each step (requested, proposed, accepted, engaged,
 * the backlog items added) as the services would have published it ({@link DemoHistory}).
 */
@Component
class DemoPartners {

    private record ProfileSeed(String organisation, PartnerType type, Set<Region> regions, String specialties,
                               int capacity) {
    }

    private static final List<ProfileSeed> PROFILES = List.of(
            new ProfileSeed("Northwind Cloud Partners", PartnerType.SOLUTIONS_PARTNER,
                    Set.of(Region.UNITED_KINGDOM, Region.WESTERN_EUROPE, Region.NORTHERN_EUROPE),
                    "SAP DEVOPS CLOUD_SCALE_ANALYTICS DC_MIGRATION APP_MODERNIZATION", 4),
            new ProfileSeed("Adatum Managed Services", PartnerType.MANAGED_SERVICE_PARTNER,
                    Set.of(Region.UNITED_STATES, Region.CANADA, Region.UNITED_KINGDOM),
                    "WINDOWS_SERVER LINUX BCDR SECURITY_MANAGEMENT IOT", 3),
            new ProfileSeed("Litware Cloud Solutions", PartnerType.CLOUD_SOLUTION_PROVIDER,
                    Set.of(Region.UNITED_KINGDOM, Region.WESTERN_EUROPE),
                    "DEVOPS CLOUD_NATIVE APP_MODERNIZATION", 2),
            new ProfileSeed("Proseware Systems Integration", PartnerType.SOLUTIONS_PARTNER,
                    Set.of(Region.JAPAN, Region.ASIA_PACIFIC, Region.AUSTRALIA),
                    "DC_MIGRATION WINDOWS_SERVER LINUX SAP", 3),
            new ProfileSeed("Woodgrove Data & AI", PartnerType.SOLUTIONS_PARTNER,
                    Set.of(Region.UNITED_STATES, Region.UNITED_KINGDOM, Region.WESTERN_EUROPE),
                    "IOT HPC DATA_MODERNIZATION CLOUD_SCALE_ANALYTICS INTELLIGENT_APPS", 2));

    private final Partners partners;
    private final PartnerMatches matches;
    private final BacklogItems backlog;
    private final Organisations organisations;
    private final Engagements engagements;
    private final WorkloadCatalogue catalogue;
    private final UserAccounts users;
    private final DemoHistory history;
    private final Clock clock;

    DemoPartners(Partners partners, PartnerMatches matches, BacklogItems backlog, Organisations organisations,
                 Engagements engagements, WorkloadCatalogue catalogue, UserAccounts users, DemoHistory history,
                 Clock clock) {
        this.history = history;
        this.partners = partners;
        this.matches = matches;
        this.backlog = backlog;
        this.organisations = organisations;
        this.engagements = engagements;
        this.catalogue = catalogue;
        this.users = users;
        this.clock = clock;
    }

    int seed() {
        int created = 0;
        for (ProfileSeed seed : PROFILES) {
            Organisation organisation = organisations.findByName(seed.organisation()).orElseThrow();
            if (partners.find(organisation.id()).isEmpty()) {
                partners.save(PartnerProfile.create(organisation.id(), seed.type(), seed.regions(),
                        Arrays.stream(seed.specialties().split(" ")).map(WorkloadCode::new).toList(),
                        seed.capacity()));
                created++;
            }
        }
        UserId zoe = user("zoe.angstrom@contoso.example");
        UserId priya = user("priya.raman@fasttrack.example");
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Optional<Engagement> retail = engagement("Contoso Retail", "Move the retail platform to Azure");
        if (retail.isPresent() && matches.of(retail.get().id()).isEmpty()) {
            Engagement engagement = retail.get();
            PartnerMatch match = PartnerMatch.request(engagement.id(), Set.of(new WorkloadCode("SAP"),
                            new WorkloadCode("DEVOPS")), PartnerType.SOLUTIONS_PARTNER,
                    "A partner to run the SAP move and set up the pipelines", zoe, Role.CUSTOMER,
                    now.minus(21, ChronoUnit.DAYS));
            MatchRanking ranking = rank(match, Region.UNITED_KINGDOM);
            List<MatchRanking.Ranked> chosen = ranking.ranked().stream()
                    .filter(r -> r.candidate().name().equals("Northwind Cloud Partners")
                            || r.candidate().name().equals("Litware Cloud Solutions"))
                    .sorted((a, b) -> a.candidate().name().startsWith("Northwind") ? -1 : 1).toList();
            PartnerMatch proposed = match.propose(chosen, priya, Role.ENGINEER, now.minus(20, ChronoUnit.DAYS));
            PartnerMatch accepted = proposed.accept(zoe, Role.CUSTOMER, now.minus(18, ChronoUnit.DAYS));
            PartnerMatch engaged = accepted.engage(priya, Role.ENGINEER, now.minus(17, ChronoUnit.DAYS));
            matches.save(engaged);
            history.happened(new MatchRequested(match, history.actor(zoe), now.minus(21, ChronoUnit.DAYS)));
            history.happened(new MatchProposed(match, proposed, chosen.stream().map(r -> r.candidate().name())
                    .toList(), history.actor(priya), now.minus(20, ChronoUnit.DAYS)));
            history.happened(new MatchAccepted(proposed, accepted, accepted.partnerName().orElseThrow(),
                    history.actor(zoe), now.minus(18, ChronoUnit.DAYS)));
            history.happened(new MatchEngaged(accepted, engaged, history.actor(priya),
                    now.minus(17, ChronoUnit.DAYS)));
            created++;
            created += backlog(engagement, engaged, priya, now);
        }
        Optional<Engagement> loyalty = engagement("Contoso Retail", "Loyalty app modernisation");
        if (loyalty.isPresent() && matches.of(loyalty.get().id()).isEmpty()) {
            PartnerMatch requested = matches.save(PartnerMatch.request(loyalty.get().id(),
                    Set.of(new WorkloadCode("APP_MODERNIZATION"), new WorkloadCode("CLOUD_NATIVE")),
                    PartnerType.CLOUD_SOLUTION_PROVIDER, "Looking for a CSP who can also run the app afterwards", zoe,
                    Role.CUSTOMER, now.minus(2, ChronoUnit.DAYS)));
            history.happened(new MatchRequested(requested, history.actor(zoe), now.minus(2, ChronoUnit.DAYS)));
            created++;
        }
        return created;
    }

    private int backlog(Engagement engagement, PartnerMatch match, UserId priya, Instant now) {
        EngagementScope all = new EngagementScope.All();
        if (backlog.count(engagement.id(), all, BacklogFilter.none()) > 0) {
            return 0;
        }
        List<WorkloadArea> workloads = catalogue.all().stream()
                .filter(area -> engagement.workloads().contains(area.code())).toList();
        List<BacklogItem> items = new ArrayList<>(FirstBacklog.draft(engagement.id(), workloads, match, 0,
                now.minus(16, ChronoUnit.DAYS)));
        // the assessments are done, the first migration is under way
        for (int i = 0; i < items.size(); i++) {
            BacklogItem item = items.get(i);
            if (item.iteration() == 1) {
                items.set(i, item.changeStatus(BacklogStatus.DONE));
            } else if (item.workload().value().equals("SAP")) {
                items.set(i, item.changeStatus(BacklogStatus.IN_PROGRESS));
            }
        }
        items.add(BacklogItem.create(engagement.id(), engagement.workloads(), "Approve the SAP cut-over window",
                new WorkloadCode("SAP"), Assignee.customerPerson("Tom Baker"), FirstBacklog.FIRST_RELEASE, 2, 1,
                now.minus(10, ChronoUnit.DAYS)));
        items.add(BacklogItem.create(engagement.id(), engagement.workloads(), "Landing zone review",
                new WorkloadCode("DEVOPS"), Assignee.engineer(priya, "Priya Raman"), FirstBacklog.FIRST_RELEASE, 1,
                2, now.minus(10, ChronoUnit.DAYS)).changeStatus(BacklogStatus.DONE));
        items.add(BacklogItem.create(engagement.id(), engagement.workloads(), "Stock analytics dashboards",
                new WorkloadCode("CLOUD_SCALE_ANALYTICS"), Assignee.partner(match.partner().orElseThrow(),
                        match.partnerName().orElseThrow()), "Release 2", 1, 13, now.minus(10, ChronoUnit.DAYS)));
        for (BacklogItem item : items) {
            BacklogItem saved = backlog.save(item);
            history.happened(new BacklogItemAdded(saved, history.actor(priya), saved.createdAt()));
        }
        return items.size();
    }

    private MatchRanking rank(PartnerMatch match, Region region) {
        List<PartnerCandidate> all = new ArrayList<>(partners.candidates(region, 100));
        return MatchRanking.rank(all, match.workloads(), region, match.preferredType());
    }

    private Optional<Engagement> engagement(String customerName, String title) {
        Organisation customer = organisations.findByName(customerName).orElseThrow();
        EngagementScope scope = new EngagementScope.OfCustomer(customer.id());
        return engagements.list(new EngagementFilter(title, null, null, null, null, null), scope,
                        PageRequest.of(0, 10)).stream()
                .filter(summary -> summary.title().equals(title)).findFirst()
                .flatMap(summary -> engagements.find(summary.id(), scope));
    }

    private UserId user(String email) {
        return users.findByEmail(new EmailAddress(email)).orElseThrow().id();
    }
}
