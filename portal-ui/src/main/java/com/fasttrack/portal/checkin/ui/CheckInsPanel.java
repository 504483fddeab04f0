package com.fasttrack.portal.checkin.ui;

import com.fasttrack.portal.checkin.CheckIn;
import com.fasttrack.portal.checkin.service.CheckInRow;
import com.fasttrack.portal.checkin.service.CheckInService;
import com.fasttrack.portal.engagement.Cadence;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.ui.PagedGrid;

import com.fasttrack.portal.ui.FormDialog;
import com.fasttrack.portal.ui.LivePanel;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import java.time.LocalDate;
import java.util.List;

/** The engagement's check-ins; engineers record them, customers acknowledge them. */
public final class CheckInsPanel extends VerticalLayout implements LivePanel {

    /** Who is looking, and what they may do. */
    public record Viewer(boolean staff, boolean customer, boolean canRecord) {
    }


    final Grid<CheckInRow> grid = new Grid<>();
    private final PagedGrid<CheckInRow> pages;

    public CheckInsPanel(EngagementId id, CheckInService checkIns, Viewer viewer, List<String> people,
                         Cadence cadence, boolean cadenceIsDefault, long engagementVersion, LocalDate today,
                         Runnable onChange) {
        setPadding(false);
        setId("checkins-panel");
        HorizontalLayout bar = new HorizontalLayout();
        bar.setAlignItems(Alignment.BASELINE);
        Span cadenceText = new Span("Cadence: " + cadence.label() + (cadenceIsDefault ? " (phase default)" : ""));
        cadenceText.setId("checkin-cadence");
        bar.add(cadenceText);
        if (viewer.canRecord()) {
            Button record = new Button("Record check-in", click -> openRecordDialog(id, checkIns, people, cadence,
                    today, onChange));
            record.setId("record-checkin");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            IntegerField days = new IntegerField();
            days.setPlaceholder("days");
            days.setMin(1);
            days.setMax(Cadence.MAX_DAYS);
            days.setWidth("6em");
            days.setId("cadence-days");
            Button setCadence = new Button("Set cadence", click -> {
                checkIns.changeCadence(id, engagementVersion, days.getValue());
                onChange.run();
            });
            setCadence.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            bar.add(days, setCadence, record);
        }
        add(bar);

        grid.addColumn(r -> r.checkIn().date().toString()).setHeader("Date").setAutoWidth(true);
        grid.addColumn(r -> r.checkIn().kind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(r -> r.checkIn().onTrack().label()).setHeader("On track").setAutoWidth(true);
        grid.addColumn(r -> r.checkIn().sharedSummary()).setHeader("Summary").setFlexGrow(3);
        if (viewer.staff()) {
            grid.addColumn(r -> r.checkIn().internalNote()).setHeader("Internal note").setFlexGrow(2);
        }
        grid.addColumn(r -> r.checkIn().nextCheckIn().toString()).setHeader("Next").setAutoWidth(true);
        grid.addColumn(CheckInRow::recordedBy).setHeader("Recorded by").setAutoWidth(true);
        grid.addComponentColumn(r -> acknowledgement(r, checkIns, viewer, onChange))
                .setHeader("Acknowledged").setKey("acknowledged").setAutoWidth(true);
        grid.setEmptyStateText("No check-ins yet.");
        pages = new PagedGrid<>(grid, page -> checkIns.page(id, page));
        add(pages);
    }

    private static com.vaadin.flow.component.Component acknowledgement(CheckInRow row, CheckInService checkIns,
                                                                     Viewer viewer, Runnable onChange) {
        CheckIn checkIn = row.checkIn();
        if (checkIn.acknowledged()) {
            Span by = new Span("by " + row.acknowledgedBy() + ", " + Times.at(checkIn.acknowledgedAt()));
            by.addClassName("ft-acknowledged");
            return by;
        }
        if (viewer.customer()) {
            Button acknowledge = new Button("Acknowledge", click -> {
                checkIns.acknowledge(checkIn.id());
                onChange.run();
            });
            acknowledge.addThemeVariants(ButtonVariant.LUMO_SMALL);
            acknowledge.addClassName("ft-acknowledge");
            return acknowledge;
        }
        return new Span("Not yet");
    }

    private static void openRecordDialog(EngagementId id, CheckInService checkIns, List<String> people,
                                         Cadence cadence, LocalDate today, Runnable onChange) {
        CheckInForm form = new CheckInForm(people, cadence, today);
        new FormDialog<>("Record check-in", "56rem", form, form::draft, "Save check-in", "save-checkin", draft -> {
            checkIns.record(id, draft);
            onChange.run();
        }).open();
    }

    /** New and changed entries appear; the filters stay as they are. */
    @Override
    public void refresh() {
        pages.refresh();
    }
}
