package com.fasttrack.portal.demo;

import com.fasttrack.portal.backlog.BacklogItems;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.partner.MatchStatus;
import com.fasttrack.portal.partner.PartnerFilter;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.shared.PageRequest;

import com.fasttrack.portal.security.EmailAddress;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.testing.PortalIntegrationTest;
import com.fasttrack.portal.testing.SqlStatements;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class DemoDataTest {

    @Autowired
    DemoData demoData;
    @Autowired
    DemoMode demoMode;
    @Autowired
    UserAccounts users;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    Organisations organisations;
    @Autowired
    Engagements engagements;
    @Autowired
    PartnerMatches matches;
    @Autowired
    Partners partners;
    @Autowired
    BacklogItems backlog;
    @Autowired
    com.fasttrack.portal.notification.Notifications notifications;
    @Autowired
    SqlStatements sql;

    @Test
    void theDemoBellsAreNotEmpty() {
        demoData.seed();
        for (String email : List.of("zoe.angstrom@contoso.example", "dana.whitfield@fabrikam.example",
                "lars.oberg@fasttrack.example", "sam.okafor@northwind.example")) {
            UserAccount user = users.findByEmail(new EmailAddress(email)).orElseThrow();
            assertThat(notifications.unreadCount(user.id())).as(email).isPositive();
        }
        UserAccount zoe = users.findByEmail(new EmailAddress("zoe.angstrom@contoso.example")).orElseThrow();
        assertThat(notifications.latest(zoe.id(), 10)).extracting(n -> n.kind().name())
                .contains("BLOCKER_RAISED", "CHECK_IN_RECORDED");
    }

    @Test
    void seedingTwiceCreatesNothingTheSecondTime() {
        demoData.seed();
        assertThat(demoData.seed()).isZero();
    }

    /**
     * The start-up check of a seeded database (decision record 023): the advisory lock and the marker's primary-key
     * lookup, nothing that reads the data (it used to look up every organisation and user and reassess every running
     * engagement's health, 37 s on the scale data set).
     */
    @Test
    void onASeededDatabaseTheStartUpCheckAsksForTheMarkerOnly() {
        demoData.seed();
        SqlStatements.Counted<Integer> again = sql.during(demoData::seed);
        assertThat(again.result()).isZero();
        assertThat(again.statements()).hasSize(2);
        assertThat(again.statements().get(0)).contains("pg_advisory_xact_lock");
        assertThat(again.statements().get(1)).contains("from seeded_data_set where name = ?");
    }

    @Test
    void everyListedDemoLoginExistsWithTheDemoPassword() {
        demoData.seed();
        assertThat(demoMode.logins()).hasSizeGreaterThanOrEqualTo(8);
        for (DemoMode.DemoLogin login : demoMode.logins()) {
            UserAccount account = users.findByEmail(new EmailAddress(login.email())).orElseThrow();
            assertThat(passwordEncoder.matches(DemoMode.PASSWORD, account.passwordHash())).isTrue();
            assertThat(account.passwordHash()).startsWith("{bcrypt}");
        }
        assertThat(demoMode.logins()).extracting(DemoMode.DemoLogin::role)
                .contains(Role.CUSTOMER.label(), Role.ENGINEER.label(), Role.PROGRAM_MANAGER.label(),
                        Role.PARTNER.label());
    }

    @Test
    void northwindIsEngagedOnContososRetailPlatformWithABacklogInProgress() {
        demoData.seed();
        Organisation northwind = organisations.findByName("Northwind Cloud Partners").orElseThrow();
        EngagementScope samsScope = new EngagementScope.EngagedPartner(northwind.id());

        List<EngagementSummary> visible = engagements.list(EngagementFilter.NONE, samsScope, PageRequest.of(0, 50));
        assertThat(visible).extracting(EngagementSummary::title).contains("Move the retail platform to Azure")
                .doesNotContain("Loyalty app modernisation");
        EngagementSummary retail = visible.stream()
                .filter(s -> s.title().equals("Move the retail platform to Azure")).findFirst().orElseThrow();
        assertThat(matches.engagedOn(retail.id(), northwind.id())).get()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MatchStatus.ENGAGED));
        assertThat(backlog.progress(retail.id(), samsScope)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.percent()).isLessThan(100))
                .anySatisfy(p -> assertThat(p.percent()).isGreaterThan(0));
        assertThat(partners.list(new PartnerFilter("Litware Cloud Solutions", null, null, null),
                PageRequest.of(0, 5))).singleElement()
                .satisfies(c -> assertThat(c.profile().type()).isEqualTo(PartnerType.CLOUD_SOLUTION_PROVIDER));
        assertThat(partners.list(new PartnerFilter("Adatum Managed Services", null, null, null),
                PageRequest.of(0, 5))).singleElement()
                .satisfies(c -> assertThat(c.profile().type()).isEqualTo(PartnerType.MANAGED_SERVICE_PARTNER));
    }

    @Test
    void aConfiguredDatabaseMeansNoDemoMode() {
        assertThat(demoMode.enabled()).isFalse();
    }
}
