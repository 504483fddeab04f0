package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.NotFoundView;
import com.fasttrack.portal.engagement.Availability;
import com.fasttrack.portal.engagement.RegionalAvailability;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.WorkloadCatalogueService;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.testing.KaribuTest;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.select.Select;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WorkloadCatalogueViewTest extends KaribuTest {

    private static final WorkloadCode SAP = new WorkloadCode("SAP");
    private static final WorkloadCode DEVOPS = new WorkloadCode("DEVOPS");
    private static final WorkloadCode LINUX = new WorkloadCode("LINUX");

    @Autowired
    WorkloadCatalogueService service;

    /** Cells a test changed, put back to the seed value (available everywhere) because tests share one database. */
    private final List<Cell> toRestore = new ArrayList<>();

    private record Cell(WorkloadCode code, Region region) {
    }

    @AfterEach
    void restoreCatalogue() {
        if (toRestore.isEmpty()) {
            return;
        }
        login(Role.PROGRAM_MANAGER);
        for (Cell cell : toRestore) {
            WorkloadArea current = area(cell.code());
            service.changeAvailability(cell.code(), current.version(), cell.region(), Availability.AVAILABLE, null);
        }
    }

    @Test
    void programManagerSeesEveryWorkloadInEveryRegion() {
        login(Role.PROGRAM_MANAGER);
        navigate("workloads");

        Grid<WorkloadArea> matrix = _get(WorkloadCatalogueView.class).matrix;
        assertThat(_findAll(matrix)).hasSize(16);
        assertThat(matrix.getColumns()).hasSize(1 + Region.values().length);
        int hpc = row(matrix, "HPC");
        assertThat(_getFormatted(matrix, hpc, WorkloadCatalogueView.WORKLOAD_COLUMN))
                .isEqualTo("High-performance computing");
        assertBadge(_getCellComponent(matrix, hpc, Region.UNITED_KINGDOM.code()), "Preview", "ft-availability-preview");
        assertBadge(_getCellComponent(matrix, hpc, Region.JAPAN.code()), "Unavailable",
                "ft-availability-unavailable");
        assertBadge(_getCellComponent(matrix, row(matrix, "IOT"), Region.INDIA.code()), "Available",
                "ft-availability-available");
        assertThat(text(_getCellComponent(matrix, row(matrix, "IOT"), Region.INDIA.code())))
                .contains("from 2019-07-01");
    }

    @Test
    void programManagerChangesAnAvailabilityThroughTheDialog() {
        login(Role.PROGRAM_MANAGER);
        navigate("workloads");
        assertThat(area(SAP).in(Region.BRAZIL).status()).isEqualTo(Availability.AVAILABLE);
        toRestore.add(new Cell(SAP, Region.BRAZIL));

        Grid<WorkloadArea> matrix = _get(WorkloadCatalogueView.class).matrix;
        _click((NativeButton) _getCellComponent(matrix, row(matrix, "SAP"), Region.BRAZIL.code()));
        AvailabilityDialog dialog = _get(AvailabilityDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("SAP on Azure in Brazil");
        enter(_get(Select.class, spec -> spec.withLabel("Status")), Availability.PREVIEW);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(area(SAP).in(Region.BRAZIL)).isEqualTo(new RegionalAvailability(Availability.PREVIEW, null));
        _assertNone(AvailabilityDialog.class);
        assertBadge(_getCellComponent(matrix, row(matrix, "SAP"), Region.BRAZIL.code()), "Preview",
                "ft-availability-preview");
        // the neighbouring regions keep their state
        assertThat(area(SAP).in(Region.CANADA).status()).isEqualTo(Availability.AVAILABLE);
    }

    @Test
    void anAvailableFromDateIsStoredAndShownInTheCell() {
        login(Role.PROGRAM_MANAGER);
        navigate("workloads");
        toRestore.add(new Cell(DEVOPS, Region.AUSTRALIA));
        LocalDate from = LocalDate.of(2031, 3, 1);

        Grid<WorkloadArea> matrix = _get(WorkloadCatalogueView.class).matrix;
        _click((NativeButton) _getCellComponent(matrix, row(matrix, "DEVOPS"), Region.AUSTRALIA.code()));
        enter(_get(DatePicker.class, spec -> spec.withLabel("Available from")), from);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(area(DEVOPS).in(Region.AUSTRALIA)).isEqualTo(new RegionalAvailability(Availability.AVAILABLE, from));
        assertThat(text(_getCellComponent(matrix, row(matrix, "DEVOPS"), Region.AUSTRALIA.code())))
                .contains("from 2031-03-01");
    }

    @Test
    void choosingUnavailableClearsAndDisablesTheDate() {
        login(Role.PROGRAM_MANAGER);
        navigate("workloads");

        Grid<WorkloadArea> matrix = _get(WorkloadCatalogueView.class).matrix;
        _click((NativeButton) _getCellComponent(matrix, row(matrix, "IOT"), Region.JAPAN.code()));
        AvailabilityForm form = _get(AvailabilityDialog.class).form;
        assertThat(form.availableFrom.getValue()).isEqualTo(LocalDate.of(2019, 7, 1));

        enter(form.status, Availability.UNAVAILABLE);

        assertThat(form.availableFrom.isEnabled()).isFalse();
        assertThat(form.value()).contains(RegionalAvailability.UNAVAILABLE);
    }

    @Test
    void aChangeSomeoneElseMadeMeanwhileIsReportedNextToTheForm() {
        login(Role.PROGRAM_MANAGER);
        navigate("workloads");
        Grid<WorkloadArea> matrix = _get(WorkloadCatalogueView.class).matrix;
        _click((NativeButton) _getCellComponent(matrix, row(matrix, "LINUX"), Region.INDIA.code()));

        // another program manager saves a change to the same workload while the dialog is open
        toRestore.add(new Cell(LINUX, Region.CANADA));
        service.changeAvailability(LINUX, area(LINUX).version(), Region.CANADA, Availability.PREVIEW, null);
        enter(_get(Select.class, spec -> spec.withLabel("Status")), Availability.UNAVAILABLE);
        _click(_get(Button.class, spec -> spec.withText("Save")));

        AvailabilityDialog dialog = _get(AvailabilityDialog.class);
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText())
                .isEqualTo("Someone else changed Linux on Azure meanwhile; reload and try again");
        assertThat(area(LINUX).in(Region.INDIA).status()).isEqualTo(Availability.AVAILABLE);
        // the matrix was reloaded, so it already shows the other manager's change
        assertBadge(_getCellComponent(matrix, row(matrix, "LINUX"), Region.CANADA.code()), "Preview",
                "ft-availability-preview");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"CUSTOMER", "ENGINEER", "PARTNER"})
    void otherRolesGetNotFound(Role role) {
        login(role);
        navigate("workloads");

        _assertNone(WorkloadCatalogueView.class);
        _assertNone(Grid.class);
        _assertOne(Div.class, spec -> spec.withId("not-found"));
        assertThat(_get(Div.class, spec -> spec.withId("not-found")).getElement().getTextRecursively())
                .contains(NotFoundView.MESSAGE);
    }

    private WorkloadArea area(WorkloadCode code) {
        return service.catalogue().stream().filter(area -> area.code().equals(code)).findFirst().orElseThrow();
    }

    private static int row(Grid<WorkloadArea> matrix, String code) {
        List<WorkloadArea> rows = _findAll(matrix);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).code().value().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + code);
    }

    /**
     * What Karibu's {@code _setValue} does, without its reflective call into Flow internals that changed in
     * Vaadin 25 (NoSuchMethodException on AbstractFieldSupport.setValue).
     */
    private static <V> void enter(HasValue<?, V> field, V value) {
        BasicUtilsKt._expectEditableByUser((Component) field);
        field.setValue(value);
    }

    private static void assertBadge(Component cell, String label, String className) {
        assertThat(text(cell)).startsWith(label);
        assertThat(cell.getElement().getClassList()).contains("ft-availability", className);
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively();
    }
}
