package com.fasttrack.portal.engagement.jpa;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementScope;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Engagements;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.WorkloadCatalogue;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationKind;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;
import com.fasttrack.portal.testing.PersistenceTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list's text search over titles, goals and customer names (issue 14): it finds what it should, the page carries
 * the total, and at 10,000 engagements its plan uses the trigram index of V18 rather than reading every engagement.
 */
@PersistenceTest
class EngagementTextSearchTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30.123456Z");

    @Autowired
    EngagementListQuery query;
    @Autowired
    Engagements engagements;
    @Autowired
    WorkloadCatalogue catalogue;
    @Autowired
    Organisations organisations;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final String tag = "s" + UUID.randomUUID().toString().substring(0, 8);

    private Engagement engagement(Organisation customer, String title, String goal) {
        Engagement engagement = Engagement.create(customer, title, goal, PartnershipOption.FASTTRACK,
                List.of(catalogue.find(new WorkloadCode("SAP")).orElseThrow()), TODAY, NOW);
        return engagements.save(engagement);
    }

    private List<String> titles(String text) {
        return query.page(new EngagementFilter(text, null, null, null, null, null), new EngagementScope.All(),
                PageRequest.of(0, 50).sortedBy(PageRequest.SortKey.asc("title"))).items().stream()
                .map(EngagementSummary::title).toList();
    }

    @Test
    void theSearchMatchesTitleGoalOrCustomerInAnyCaseAndNeverAcrossTitleAndGoal() {
        Organisation contoso = organisations.save(Organisation.create("Contoso " + tag, OrganisationKind.CUSTOMER,
                Region.UNITED_KINGDOM));
        Organisation other = organisations.save(Organisation.create("Other " + tag, OrganisationKind.CUSTOMER,
                Region.UNITED_KINGDOM));
        engagement(other, "Warehouse " + tag, "Move the ledger");
        engagement(other, "Payroll " + tag, "Retire the mainframe");
        engagement(contoso, "Retail " + tag, "");

        assertThat(titles(tag)).containsExactly("Payroll " + tag, "Retail " + tag, "Warehouse " + tag);
        assertThat(titles("Retire the MAINFRAME")).contains("Payroll " + tag).doesNotContain("Warehouse " + tag);
        assertThat(titles("contoso " + tag)).containsExactly("Retail " + tag);
        // the end of a title and the start of a goal are not one text
        assertThat(titles(tag + " move")).isEmpty();
        assertThat(titles("100%")).doesNotContain("Payroll " + tag);
        PageResult<EngagementSummary> page = query.page(new EngagementFilter(tag, null, null, null, null, null),
                new EngagementScope.All(), PageRequest.of(0, 2));
        assertThat(page.items()).hasSize(2);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void theSearchUsesTheTrigramIndexes() {
        Organisation customer = organisations.save(Organisation.create("Plan " + tag, OrganisationKind.CUSTOMER,
                Region.CANADA));
        engagement(customer, "Indexed " + tag, "A goal about " + tag);
        EngagementListQuery.Statement statement = query.pageStatement(
                new EngagementFilter("about " + tag, null, null, null, null, null), new EngagementScope.All(),
                PageRequest.of(0, 50).sortedBy(PageRequest.SortKey.asc("health")));

        List<String> plan = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            // thousands of engagements of hundreds of customers, as the planner sees them at scale (with statistics);
            // all rolled back
            jdbc.update("""
                    insert into organisation (id, name, kind, home_region)
                    select gen_random_uuid(), ? || ' bulk customer ' || g, 'CUSTOMER', 'UK'
                    from generate_series(1, 500) g""", tag);
            jdbc.update("""
                    insert into engagement (id, customer_id, title, goal, partnership_option, status, phase, created_at)
                    select gen_random_uuid(), o.id, 'Bulk engagement ' || g || ' of ' || o.name,
                           'Move the workloads of site ' || g || ' to Azure with the customer''s team: assess, plan,'
                               || ' migrate and hand over, with periodic check-ins and a proof of concept first',
                           'FASTTRACK', 'ACTIVE', 'DISCOVERY', now()
                    from generate_series(1, 20) g cross join organisation o
                    where o.name like ? || ' bulk customer %'""", tag);
            // what (auto)vacuum does to a GIN index after a bulk insert: merge its pending list, which a search would
            // otherwise read whole; then the statistics the planner works from
            jdbc.queryForObject("select gin_clean_pending_list('engagement_text_trgm_idx')", Long.class);
            jdbc.execute("analyze engagement, organisation");
            named.query("explain " + statement.sql(), statement.parameters(), rs -> {
                plan.add(rs.getString(1));
            });
            status.setRollbackOnly();
        });
        // titles and goals through their index; the customers (a thousand rows at scale) the planner may read whole
        assertThat(plan).anyMatch(line -> line.contains("Bitmap Index Scan on engagement_text_trgm_idx"))
                .noneMatch(line -> line.contains("Seq Scan on engagement"));
    }
}
