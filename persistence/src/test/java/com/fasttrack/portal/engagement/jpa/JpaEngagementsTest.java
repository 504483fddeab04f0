package com.fasttrack.portal.engagement.jpa;

import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.StakeholderRole;
import com.fasttrack.portal.engagement.StandardCatalogue;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PersistenceTest
class JpaEngagementsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30.123456Z");

    @Autowired
    Engagements engagements;
    @Autowired
    WorkloadCatalogue catalogue;
    @Autowired
    Organisations organisations;
    @Autowired
    UserAccounts users;

    private final String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    private Organisation customerA;
    private Organisation customerB;
    private UserAccount engineer1;
    private UserAccount engineer2;
    private Engagement a1;
    private Engagement a2;
    private Engagement b1;

    @BeforeEach
    void data() {
        customerA = organisations.save(Organisation.create("Alpha " + tag, OrganisationKind.CUSTOMER,
                Region.UNITED_KINGDOM));
        customerB = organisations.save(Organisation.create("Beta " + tag, OrganisationKind.CUSTOMER, Region.JAPAN));
        engineer1 = user("eng1", Role.ENGINEER);
        engineer2 = user("eng2", Role.ENGINEER);
        a1 = engagement(customerA, "A1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer1.id()), "SAP", "HPC");
        a2 = engagement(customerA, "A2 " + tag, PartnershipOption.SOLUTIONS_PARTNER, Set.of(engineer2.id()), "DEVOPS");
        b1 = engagement(customerB, "B1 " + tag, PartnershipOption.FASTTRACK, Set.of(engineer1.id(), engineer2.id()),
                "SAP");
    }

    private UserAccount user(String name, Role role) {
        return users.save(new UserAccount(UserId.random(), 0, new EmailAddress(name + "-" + tag + "@t.example"),
                name + " " + tag, "{noop}x", role, true, null, false));
    }

    private Engagement engagement(Organisation customer, String title, PartnershipOption option, Set<UserId> engineers,
                                  String... workloads) {
        List<WorkloadArea> areas = java.util.Arrays.stream(workloads)
                .map(code -> catalogue.find(new WorkloadCode(code)).orElseThrow()).toList();
        Engagement engagement = Engagement.create(customer, title, "", option, areas, TODAY, NOW);
        engagement.assignEngineers(engineers);
        return engagements.save(engagement);
    }

    private List<String> titles(EngagementScope scope) {
        return engagements.list(new EngagementFilter(tag, null, null, null, null, null), scope,
                PageRequest.of(0, 50).sortedBy(PageRequest.SortKey.asc("title")))
                .stream().map(EngagementSummary::title).toList();
    }

    @Test
    void theCatalogueInTheDatabaseIsTheSourcesCatalogue() {
        List<WorkloadArea> stored = catalogue.all();
        assertThat(stored).hasSize(16);
        for (WorkloadArea expected : StandardCatalogue.areas()) {
            WorkloadArea actual = stored.stream().filter(a -> a.code().equals(expected.code())).findFirst()
                    .orElseThrow();
            assertThat(actual.name()).isEqualTo(expected.name());
            assertThat(actual.regions()).isEqualTo(expected.regions());
        }
    }

    @Test
    void eachRoleListsExactlyItsEngagements() {
        assertThat(titles(new EngagementScope.OfCustomer(customerA.id()))).containsExactly("A1 " + tag, "A2 " + tag);
        assertThat(titles(new EngagementScope.OfCustomer(customerB.id()))).containsExactly("B1 " + tag);
        assertThat(titles(new EngagementScope.AssignedTo(engineer1.id()))).containsExactly("A1 " + tag, "B1 " + tag);
        assertThat(titles(new EngagementScope.AssignedTo(engineer2.id()))).containsExactly("A2 " + tag, "B1 " + tag);
        assertThat(titles(new EngagementScope.All())).containsExactly("A1 " + tag, "A2 " + tag, "B1 " + tag);
        assertThat(titles(new EngagementScope.EngagedPartner(customerA.id()))).isEmpty();
        assertThat(engagements.count(new EngagementFilter(tag, null, null, null, null, null),
                new EngagementScope.OfCustomer(customerA.id()))).isEqualTo(2);
    }

    @Test
    void findingOutsideTheScopeLooksLikeMissing() {
        assertThat(engagements.find(b1.id(), new EngagementScope.OfCustomer(customerB.id()))).isPresent();
        assertThat(engagements.find(b1.id(), new EngagementScope.OfCustomer(customerA.id()))).isEmpty();
        assertThat(engagements.find(a2.id(), new EngagementScope.AssignedTo(engineer1.id()))).isEmpty();
        assertThat(engagements.find(new com.fasttrack.portal.engagement.EngagementId(UUID.randomUUID()),
                new EngagementScope.All())).isEmpty();
    }

    @Test
    void pagesAndSortsInTheDatabase() {
        EngagementFilter filter = new EngagementFilter(tag, null, null, null, null, null);
        List<EngagementSummary> page = engagements.list(filter, new EngagementScope.All(),
                new PageRequest(1, 1, List.of(PageRequest.SortKey.desc("title"))));
        assertThat(page).extracting(EngagementSummary::title).containsExactly("A2 " + tag);
    }

    @Test
    void filtersRunInTheDatabase() {
        EngagementScope all = new EngagementScope.All();
        assertThat(engagements.list(new EngagementFilter(tag, null, null, PartnershipOption.FASTTRACK, null, null),
                all, PageRequest.of(0, 10))).extracting(EngagementSummary::title)
                .containsExactlyInAnyOrder("A1 " + tag, "B1 " + tag);
        assertThat(engagements.list(new EngagementFilter(tag, null, null, null, new WorkloadCode("DEVOPS"), null),
                all, PageRequest.of(0, 10))).extracting(EngagementSummary::title).containsExactly("A2 " + tag);
        assertThat(engagements.list(new EngagementFilter(tag, null, null, null, null, Region.JAPAN),
                all, PageRequest.of(0, 10))).extracting(EngagementSummary::title).containsExactly("B1 " + tag);
        assertThat(engagements.list(new EngagementFilter("beta " + tag, null, null, null, null, null),
                all, PageRequest.of(0, 10))).extracting(EngagementSummary::title).containsExactly("B1 " + tag);
        assertThat(engagements.count(new EngagementFilter(tag, Phase.SOLUTION_ENABLEMENT, null, null, null, null),
                all)).isZero();
        assertThat(engagements.count(new EngagementFilter(tag, null, EngagementStatus.ACTIVE, null, null, null),
                all)).isEqualTo(3);
        assertThat(engagements.count(new EngagementFilter(tag + "%", null, null, null, null, null), all)).isZero();
    }

    @Test
    void summariesCarryWorkloadsWithPreviewMarkAndEngineers() {
        EngagementSummary summary = engagements.list(new EngagementFilter("A1 " + tag, null, null, null, null, null),
                new EngagementScope.All(), PageRequest.of(0, 10)).getFirst();
        assertThat(summary.customerName()).isEqualTo(customerA.name());
        assertThat(summary.workloads()).containsExactly(
                new EngagementSummary.WorkloadChip(new WorkloadCode("SAP"), "SAP on Azure", false),
                new EngagementSummary.WorkloadChip(new WorkloadCode("HPC"), "High-performance computing", true));
        assertThat(summary.engineers()).containsExactly(engineer1.displayName());
    }

    @Test
    void everyPartRoundTrips() {
        Engagement engagement = engagements.find(a1.id(), new EngagementScope.All()).orElseThrow();
        engagement.addStakeholder("Zoë Ångström", "zoe@contoso.example", StakeholderRole.EXECUTIVE_SPONSOR,
                engineer1.id());
        engagement.addStakeholder("渡辺 健", null, StakeholderRole.TECHNICAL_LEAD, null);
        engagement.describeGoal("Exit the data centre");
        engagement.writeAssessment("40 VMs");
        engagement.planPhaseEnd(Phase.DISCOVERY, TODAY.plusDays(14));
        engagement.setTargetGoLive(TODAY.plusMonths(4), java.time.ZoneOffset.UTC);
        engagement.advancePhase(engineer1.id(), Role.ENGINEER, NOW, null, 0);
        engagement.tick(ChecklistItem.POC_DONE, true);
        Engagement saved = engagements.save(engagement);

        Engagement loaded = engagements.find(a1.id(), new EngagementScope.All()).orElseThrow();
        assertThat(loaded.state()).isEqualTo(saved.state());
        assertThat(loaded.version()).isGreaterThan(a1.version());
        assertThat(loaded.transitions()).hasSize(1);
        assertThat(loaded.transitions().getFirst().at()).isEqualTo(NOW.truncatedTo(ChronoUnit.MICROS));
        assertThat(loaded.stakeholders()).extracting(s -> s.name()).containsExactly("Zoë Ångström", "渡辺 健");

        loaded.removeStakeholder(loaded.stakeholders().getFirst().id());
        Engagement again = engagements.save(loaded);
        assertThat(engagements.find(a1.id(), new EngagementScope.All()).orElseThrow().stakeholders())
                .extracting(s -> s.name()).containsExactly("渡辺 健");
        assertThat(again.version()).isGreaterThan(loaded.version());
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aPageIsOneStatementWhateverItsSize() {
        com.fasttrack.portal.testing.StatementCounter counter = new com.fasttrack.portal.testing.StatementCounter();
        EngagementListQuery counted = new EngagementListQuery(
                new org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate(counter.wrap(dataSource)));
        EngagementFilter mine = new EngagementFilter(tag, null, null, null, null, null);

        assertThat(counted.list(mine, new EngagementScope.All(), PageRequest.of(0, 50))).hasSize(3);
        int forThree = counter.count();
        for (int i = 0; i < 9; i++) {
            engagement(customerA, "More " + i + " " + tag, PartnershipOption.FASTTRACK, Set.of(engineer1.id()),
                    "SAP", "DEVOPS");
        }
        counter.reset();
        assertThat(counted.list(mine, new EngagementScope.All(), PageRequest.of(0, 50))).hasSize(12)
                .allSatisfy(summary -> assertThat(summary.workloads()).isNotEmpty());
        // rows, total, workloads and engineers together (decision 024)
        assertThat(counter.count()).isEqualTo(forThree).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        Engagement first = engagements.find(a2.id(), new EngagementScope.All()).orElseThrow();
        Engagement second = engagements.find(a2.id(), new EngagementScope.All()).orElseThrow();
        first.rename("First wins " + tag);
        engagements.save(first);
        second.rename("Second loses " + tag);
        assertThatThrownBy(() -> engagements.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(engagements.find(a2.id(), new EngagementScope.All()).orElseThrow().title())
                .isEqualTo("First wins " + tag);
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void afterARefusedSaveTheSameTransactionReadsTheWinnersCommittedState() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        String seen = transaction.execute(status -> {
            Engagement mine = engagements.find(a2.id(), new EngagementScope.All()).orElseThrow();
            // another transaction commits a newer version after this one loaded it
            CompletableFuture.runAsync(() -> transaction.executeWithoutResult(other -> {
                Engagement theirs = engagements.find(a2.id(), new EngagementScope.All()).orElseThrow();
                theirs.rename("Theirs " + tag);
                engagements.save(theirs);
            })).join();
            mine.rename("Mine " + tag);
            assertThatThrownBy(() -> engagements.save(mine))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            Engagement current = engagements.find(a2.id(), new EngagementScope.All()).orElseThrow();
            assertThat(current.version()).isGreaterThan(mine.version());
            status.setRollbackOnly();
            return current.title();
        });
        assertThat(seen).isEqualTo("Theirs " + tag);
        assertThat(engagements.find(a2.id(), new EngagementScope.All()).orElseThrow().title())
                .isEqualTo("Theirs " + tag);
    }
}
