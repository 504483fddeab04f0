package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Anchor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ExportMenuTest extends KaribuTest {

    private List<String> items() {
        return _get(ExportMenu.class).root.getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }

    private void open(Engagement engagement) {
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
    }

    @Test
    void aCustomerIsOfferedTheSharedReportOnly() {
        UserAccount customer = testData.user(Role.CUSTOMER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Ours"),
                List.of(), "SAP");
        login(customer);
        open(engagement);
        assertThat(items()).containsExactly("PDF report", "Excel workbook", "CSV: check-ins", "CSV: blockers");
    }

    @Test
    void anEngineerChoosesSharedOrInternal() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Theirs"), List.of(engineer), "SAP");
        login(engineer);
        open(engagement);
        assertThat(items()).containsExactly("PDF report (shared)", "Excel workbook (shared)", "PDF report (internal)",
                "Excel workbook (internal)", "CSV: check-ins", "CSV: blockers");
    }

    @Test
    void anExportRunsInTheBackgroundAndOffersTheNamedFile() throws Exception {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                "Data centre exit", List.of(engineer), "SAP");
        login(engineer);
        open(engagement);
        _click(_get(ExportMenu.class).bar(), _get(ExportMenu.class).root.getSubMenu().getItems().getFirst());
        ExportDialog dialog = _get(ExportDialog.class);
        dialog.running().get(30, java.util.concurrent.TimeUnit.SECONDS);
        // the export hands its result to the UI with ui.access(); a client round trip runs those on this thread
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        assertThat(dialog.status.getText()).startsWith("Ready");
        assertThat(dialog.progress.getValue()).isEqualTo(1.0);
        Anchor download = _get(Anchor.class, spec -> spec.withId("export-download"));
        assertThat(download.getText()).isEqualTo("Download data-centre-exit-" + java.time.LocalDate.now() + ".pdf");
    }

    @Test
    void aCancelledExportOffersNothing() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.CANADA),
                TestData.unique("Cancel"), List.of(engineer), "SAP");
        login(engineer);
        open(engagement);
        _click(_get(ExportMenu.class).bar(), _get(ExportMenu.class).root.getSubMenu().getItems().getFirst());
        ExportDialog dialog = _get(ExportDialog.class);
        dialog.cancel.click();
        assertThat(dialog.isCancelled()).isTrue();
        assertThat(dialog.isOpened()).isFalse();
    }
}
