package com.fasttrack.portal.security.ui;

import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.SecurityLog;
import com.fasttrack.portal.security.service.SecurityLogService;
import com.fasttrack.portal.ui.Pages;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;

/**
 * The security audit log for program managers: sign-ins, lockouts, account and token changes, refused access;
 * filtered by person, kind and dates, paged in the database, newest first, and exported as CSV as filtered.
 */
@Menu(title = "Security log", order = 5, icon = "vaadin:shield")
@Route("security-log")
@PageTitle("Security log · FastTrack Engagement Portal")
@RolesAllowed(Roles.PROGRAM_MANAGER)
public class SecurityLogView extends VerticalLayout {

    final TextField person = new TextField("Person");
    final ComboBox<SecurityEventKind> kind = new ComboBox<>("Event");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<SecurityLog.Entry> grid = new Grid<>();
    final Anchor export;

    private final SecurityLogService log;
    private final ZoneId zone;

    SecurityLogView(SecurityLogService log, Clock clock) {
        this.log = log;
        this.zone = clock.getZone();
        setSizeFull();
        person.setPlaceholder("E-mail of the account or actor");
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        kind.setItems(Arrays.asList(SecurityEventKind.values()));
        kind.setItemLabelGenerator(SecurityEventKind::label);
        kind.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());

        grid.addColumn(entry -> Times.at(entry.event().at())).setHeader("At").setKey("at").setAutoWidth(true);
        grid.addColumn(entry -> entry.event().kind().label()).setHeader("Event").setKey("kind").setAutoWidth(true);
        grid.addColumn(entry -> Objects.toString(entry.event().subjectEmail(), "")).setHeader("Account")
                .setKey("account");
        grid.addColumn(entry -> Objects.toString(entry.actorEmail(), "")).setHeader("By").setKey("actor");
        grid.addColumn(entry -> Objects.toString(entry.event().clientAddress(), "")).setHeader("Client address")
                .setKey("address").setAutoWidth(true);
        grid.addColumn(entry -> entry.event().detail()).setHeader("Detail").setKey("detail").setFlexGrow(2);
        grid.setItems(query -> log.list(filter(), Pages.of(query)).stream(), query -> (int) log.count(filter()));

        DownloadHandler csv = event -> {
            event.setFileName("security-log.csv");
            event.setContentType("text/csv;charset=UTF-8");
            writeCsv(event.getOutputStream());
        };
        export = new Anchor(csv, "Export CSV");
        export.setId("security-log-export");

        HorizontalLayout filters = new HorizontalLayout(person, kind, from, to, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2("Security log"),
                new Paragraph("Sign-ins, lockouts, account and token changes and refused access, newest first. "
                        + "The log is append-only: nothing here can be changed or deleted."),
                filters, grid);
    }

    /** Writes the list as filtered now, every page of it. */
    void writeCsv(OutputStream out) {
        log.exportCsv(filter(), out);
    }

    /** The filter as the fields say: the dates are whole days in the portal's time zone, both included. */
    SecurityLog.Filter filter() {
        return new SecurityLog.Filter(person.getValue(), kind.getValue(), startOf(from.getValue()),
                to.getValue() == null ? null : startOf(to.getValue().plusDays(1)));
    }

    private @Nullable Instant startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
