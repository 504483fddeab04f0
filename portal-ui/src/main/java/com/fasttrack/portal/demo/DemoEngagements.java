package com.fasttrack.portal.demo;

import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementCreated;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementRecordChanged;
import com.fasttrack.portal.engagement.EngagementState;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Demo engagements: every customer has one or two, in different phases and options, each with the history of how it
 * got there (opened, staffed, planned, moved through its phases) as the portal would have recorded it.
 */
@Component
class DemoEngagements {

    private final Engagements engagements;
    private final WorkloadCatalogue catalogue;
    private final Organisations organisations;
    private final UserAccounts users;
    private final DemoCollaboration collaboration;
    private final DemoHistory history;
    private final Clock clock;

    DemoEngagements(Engagements engagements, WorkloadCatalogue catalogue, Organisations organisations,
                    UserAccounts users, DemoCollaboration collaboration, DemoHistory history, Clock clock) {
        this.history = history;
        this.engagements = engagements;
        this.catalogue = catalogue;
        this.organisations = organisations;
        this.users = users;
        this.collaboration = collaboration;
        this.clock = clock;
    }

    int seed() {
        UserId priya = user("priya.raman@fasttrack.example");
        UserId lars = user("lars.oberg@fasttrack.example");
        UserId morgan = user("morgan.lee@fasttrack.example");
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int created = 0;

        Engagement retail = create("Contoso Retail", "Move the retail platform to Azure", PartnershipOption.FASTTRACK,
                60, Set.of(priya), "SAP", "CLOUD_SCALE_ANALYTICS", "DEVOPS");
        if (retail != null) {
            Changes changes = new Changes(retail);
            discovered(retail, "Sofia Lindqvist", "Tom Baker", "Close the Reading data centre before the lease ends "
                    + "and give stores near-real-time stock analytics.");
            changes.by(priya, retail.createdAt().plus(2, ChronoUnit.DAYS));
            retail.planPhaseEnd(Phase.DISCOVERY, today.minusDays(40));
            retail.planPhaseEnd(Phase.SOLUTION_ENABLEMENT, today.plusDays(30));
            retail.setTargetGoLive(today.plusDays(75), clock.getZone());
            changes.by(priya, retail.createdAt().plus(4, ChronoUnit.DAYS));
            retail.advancePhase(priya, Role.ENGINEER, now.minus(35, ChronoUnit.DAYS), null, 0);
            changes.by(priya, now.minus(35, ChronoUnit.DAYS));
            retail.tick(ChecklistItem.DESIGN_PRINCIPLES_REVIEWED, true);
            retail.tick(ChecklistItem.ARCHITECTURE_REVIEWED, true);
            changes.by(priya, now.minus(12, ChronoUnit.DAYS));
            engagements.save(retail);
            changes.tell(morgan, "Contoso Retail");
            collaboration.retail(retail, priya, user("zoe.angstrom@contoso.example"));
            created++;
        }
        Engagement loyalty = create("Contoso Retail", "Loyalty app modernisation", PartnershipOption.SOLUTIONS_PARTNER,
                7, Set.of(lars), "APP_MODERNIZATION", "CLOUD_NATIVE");
        if (loyalty != null) {
            Changes changes = new Changes(loyalty);
            loyalty.addStakeholder("Zoë Ångström", "zoe.angstrom@contoso.example", StakeholderRole.PROJECT_MANAGER,
                    user("zoe.angstrom@contoso.example"));
            loyalty.planPhaseEnd(Phase.DISCOVERY, today.plusDays(21));
            changes.by(lars, loyalty.createdAt().plus(1, ChronoUnit.DAYS));
            engagements.save(loyalty);
            changes.tell(morgan, "Contoso Retail");
            collaboration.loyalty(loyalty, lars);
            created++;
        }
        Engagement factory = create("Fabrikam Manufacturing", "Factory floor telemetry and simulation",
                PartnershipOption.FASTTRACK, 120, Set.of(lars), "IOT", "HPC", "DATA_MODERNIZATION");
        if (factory != null) {
            Changes changes = new Changes(factory);
            discovered(factory, "Dana Whitfield", "Raj Patel", "Predict machine failures from sensor data and run "
                    + "crash simulations on demand instead of on the ageing on-premises cluster.");
            changes.by(lars, factory.createdAt().plus(2, ChronoUnit.DAYS));
            factory.advancePhase(lars, Role.ENGINEER, now.minus(90, ChronoUnit.DAYS), null, 0);
            changes.by(lars, now.minus(90, ChronoUnit.DAYS));
            factory.tick(ChecklistItem.DESIGN_PRINCIPLES_REVIEWED, true);
            factory.tick(ChecklistItem.ARCHITECTURE_REVIEWED, true);
            factory.recordPocGoLive(today.minusDays(30), today);
            changes.by(lars, now.minus(30, ChronoUnit.DAYS));
            factory.advancePhase(morgan, Role.PROGRAM_MANAGER, now.minus(28, ChronoUnit.DAYS),
                    "PoC went live before the formal review; the review is booked for next month", 0);
            changes.by(morgan, now.minus(28, ChronoUnit.DAYS));
            factory.planPhaseEnd(Phase.CONTINUOUS_PARTNERSHIP, today.plusDays(120));
            factory.setTargetGoLive(today.minusDays(30), clock.getZone());
            changes.by(morgan, now.minus(27, ChronoUnit.DAYS));
            engagements.save(factory);
            changes.tell(morgan, "Fabrikam Manufacturing");
            collaboration.factory(factory, lars, user("dana.whitfield@fabrikam.example"));
            created++;
        }
        Engagement exit = create("Tailwind Traders Japan", "Data centre exit", PartnershipOption.GUIDED_SELF_SERVICE,
                14, Set.of(priya, lars), "DC_MIGRATION", "WINDOWS_SERVER", "LINUX");
        if (exit != null) {
            Changes changes = new Changes(exit);
            exit.addStakeholder("渡辺 健 (Ken Watanabe)", "ken.watanabe@tailwind.example",
                    StakeholderRole.EXECUTIVE_SPONSOR, user("ken.watanabe@tailwind.example"));
            exit.describeGoal("Leave the Osaka co-location by the end of the fiscal year.");
            exit.planPhaseEnd(Phase.DISCOVERY, today.plusDays(10));
            changes.by(priya, exit.createdAt().plus(1, ChronoUnit.DAYS));
            engagements.save(exit);
            changes.tell(morgan, "Tailwind Traders Japan");
            created++;
        }
        return created;
    }

    /**
     * The steps an engagement went through before it is saved, each as the record's state after it, by whom and
     * when; told afterwards as the services would have: opened by the program manager, then one record change per
     * step (the history's listener writes an entry per kind of difference, the notifier tells of phase moves).
     */
    private final class Changes {

        private final Engagement engagement;
        private final List<EngagementRecordChanged> steps = new ArrayList<>();
        private EngagementState last;

        Changes(Engagement engagement) {
            this.engagement = engagement;
            this.last = engagement.state();
        }

        void by(UserId who, Instant at) {
            EngagementState now = engagement.state();
            steps.add(new EngagementRecordChanged(last, now, history.actor(who), at));
            last = now;
        }

        void tell(UserId openedBy, String customerName) {
            history.happened(new EngagementCreated(engagement.id(), engagement.title(), customerName,
                    history.actor(openedBy), engagement.createdAt()));
            steps.forEach(history::happened);
        }
    }

    private void discovered(Engagement engagement, String sponsor, String lead, String goal) {
        engagement.addStakeholder(sponsor, null, StakeholderRole.EXECUTIVE_SPONSOR, null);
        engagement.addStakeholder(lead, null, StakeholderRole.TECHNICAL_LEAD, null);
        engagement.describeGoal(goal);
        engagement.writeAssessment("Landing zone per region, hub-and-spoke network, lift-and-shift first, "
                + "then modernise the data platform.");
    }

    /**
     * The engagement if it does not exist yet (by customer and title), otherwise null. It was opened
     * {@code openedDaysAgo} days ago: before the phase moves and dates the demo gives it, as the portal's rules want.
     */
    private Engagement create(String customerName, String title, PartnershipOption option, int openedDaysAgo,
                              Set<UserId> engineers, String... workloads) {
        Organisation customer = organisations.findByName(customerName).orElseThrow();
        boolean exists = engagements.list(new EngagementFilter(title, null, null, null, null, null),
                        new EngagementScope.OfCustomer(customer.id()), com.fasttrack.portal.shared.PageRequest.of(0, 10))
                .stream().anyMatch(summary -> summary.title().equals(title));
        if (exists) {
            return null;
        }
        List<WorkloadArea> areas = Arrays.stream(workloads)
                .map(code -> catalogue.find(new WorkloadCode(code)).orElseThrow()).toList();
        Engagement engagement = Engagement.create(customer, title, "", option, areas, LocalDate.now(clock),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS).minus(openedDaysAgo, ChronoUnit.DAYS));
        engagement.assignEngineers(engineers);
        return engagement;
    }

    private UserId user(String email) {
        return users.findByEmail(new EmailAddress(email)).orElseThrow().id();
    }
}
