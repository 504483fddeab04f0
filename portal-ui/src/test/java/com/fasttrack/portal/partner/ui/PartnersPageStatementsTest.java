package com.fasttrack.portal.partner.ui;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.SqlStatements;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partners page (issue 14, decision 024): the account re-read, the bell's unread count, the workload catalogue
 * (one statement with its availabilities; it was one per workload) and the directory's page with its total (one
 * statement, each partner's load, regions and specialties in it), however many partners there are.
 */
class PartnersPageStatementsTest extends KaribuTest {

    @Autowired
    SqlStatements sql;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePartnersPageIsFourStatements() {
        for (int i = 0; i < 12; i++) {
            Organisation partner = testData.partnerOrganisation(Region.WESTERN_EUROPE);
            jdbc.update("insert into partner_profile (organisation_id, version, partner_type, capacity)"
                    + " values (?, 0, 'SOLUTIONS_PARTNER', 5)", partner.id().value());
            for (String region : List.of("WEU", "UK")) {
                jdbc.update("insert into partner_region (organisation_id, region_code) values (?, ?)",
                        partner.id().value(), region);
            }
            for (String workload : List.of("SAP", "DEVOPS")) {
                jdbc.update("insert into partner_specialty (organisation_id, workload_code) values (?, ?)",
                        partner.id().value(), workload);
            }
        }
        login(Role.PROGRAM_MANAGER);
        navigate("partners");

        List<String> statements = sql.statementsOf(() -> {
            UI.getCurrent().getPage().reload();
            MockVaadin.clientRoundtrip(false);
        });

        assertThat(statements).hasSize(4);
        List<PartnerCandidate> shown = GridKt._findAll(_get(PartnersView.class).grid);
        assertThat(shown).hasSizeGreaterThanOrEqualTo(12)
                .anySatisfy(partner -> assertThat(partner.profile().specialties()).hasSize(2));
    }
}
