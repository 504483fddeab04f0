package com.fasttrack.portal.robustness;

import com.fasttrack.portal.InternalErrorView;
import com.fasttrack.portal.backlog.BacklogTabs;
import com.fasttrack.portal.blocker.Blocker;
import com.fasttrack.portal.blocker.BlockerStatus;
import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.blocker.Blockers;
import com.fasttrack.portal.blocker.Severity;
import com.fasttrack.portal.checkin.CheckInTabs;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.health.HealthTabs;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchScore;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerMatches;
import com.fasttrack.portal.partner.PartnerProfile;
import com.fasttrack.portal.partner.PartnerTabs;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Partners;
import com.fasttrack.portal.security.Role;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.shared.Visibility;
import com.fasttrack.portal.testing.KaribuTest;
import com.fasttrack.portal.testing.TestData;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form of the UI, every text, number and date field in it, every input of the corpus: set it, press the
 * form's button, and the answer is a message by the field or in a notification or the dialog, or a save with the
 * text stored exactly as typed. Never "Something went wrong", never an ERROR in the log, and a refused save leaves
 * every table's row count as it was.
 */
class UiBadInputTest extends KaribuTest {

    /** Written by jobs or by signing in, not by a form's save. */
    private static final List<String> NOT_COUNTED = List.of("flyway_schema_history", "job_run", "security_event",
            "sign_in_throttle", "health_point", "engagement_health", "mail_outbox", "notification");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Blockers blockers;
    @Autowired
    Partners partners;
    @Autowired
    PartnerMatches matches;

    private static final WorkloadCode SAP = new WorkloadCode("SAP");

    private UserAccount manager;

    /** How to reach one form afresh: returns the component holding its fields; the button saves. */
    private record Form(String name, Supplier<Component> open, String button) {
    }

    private List<Form> forms() {
        return List.of(
                new Form("New engagement", () -> view("engagements/new"), "Create engagement"),
                new Form("Edit engagement", () -> dialogFrom(engagementTab(EngagementTabs.OVERVIEW), "edit-engagement"), "Save changes"),
                new Form("Goal", () -> dialogFrom(engagementTab(EngagementTabs.OVERVIEW), "edit-goal"), "Save"),
                new Form("Stakeholder", () -> engagementTab(EngagementTabs.STAKEHOLDERS), "Add stakeholder"),
                new Form("Check-in", () -> dialogFrom(engagementTab(CheckInTabs.CHECK_INS), "record-checkin"), "Save check-in"),
                new Form("Cadence", () -> engagementTab(CheckInTabs.CHECK_INS), "Set cadence"),
                new Form("Raise blocker", () -> dialogFrom(engagementTab(BlockerTabs.BLOCKERS), "raise-blocker"), "Raise blocker"),
                new Form("Blocker status", this::blockerStatusDialog, "Save"),
                new Form("Assessment note", () -> dialogByText(engagementTab(EngagementTabs.PHASE), "Write assessment note"), "Save"),
                new Form("Phase override", () -> dialogFrom(engagementTab(EngagementTabs.PHASE), "override-gate"),
                        "Override and move on"),
                new Form("Health override", () -> dialogFrom(engagementTab(HealthTabs.HEALTH), "override-health"),
                        "Override health"),
                new Form("Partner request", () -> engagementTab(PartnerTabs.PARTNERS), "Request a partner"),
                new Form("Decline partner", () -> reasonDialog(true), "Decline"),
                new Form("Close partner match", () -> reasonDialog(false), "Close match"),
                new Form("Partner profile", () -> {
                    Organisation fresh = testData.partnerOrganisation(Region.WESTERN_EUROPE); // no profile yet
                    Component dialog = dialogFrom(view("partners"), "new-partner");
                    @SuppressWarnings("unchecked")
                    ComboBox<Organisation> organisation = _get(dialog, ComboBox.class,
                            spec -> spec.withLabel("Partner organisation"));
                    organisation.setValue(fresh);
                    return dialog;
                }, "Save"),
                new Form("Organisation", () -> dialogFrom(view("organisations"), "new-organisation"), "Save"),
                new Form("Backlog item", () -> dialogFrom(engagementTab(BacklogTabs.BACKLOG), "new-backlog-item"), "Save"),
                new Form("User", () -> dialogByText(view("users"), "Invite user"), "Invite"),
                new Form("API token", () -> view("profile/tokens"), "Create token"),
                new Form("Password change", () -> view("change-password"), "Change password"));
    }

    /** Filters and search boxes: no save button, the grid's query is the action. */
    private List<Form> filters() {
        return List.of(
                new Form("Engagements search", () -> view("engagements"), ""),
                new Form("Organisations search", () -> view("organisations"), ""),
                new Form("Users search", () -> view("users"), ""),
                new Form("Partner directory filter", () -> view("partners"), ""),
                new Form("Security log filter", () -> view("security-log"), ""));
    }

    @Test
    void everyFieldOfEveryFormAnswersEveryBadInputWithAMessageOrAnIntactSave() {
        manager = testData.user(Role.PROGRAM_MANAGER);
        List<String> defects = new ArrayList<>();
        List<String> internalErrors = new ArrayList<>();
        List<String> errorLogs = new ArrayList<>();
        List<String> halfWritten = new ArrayList<>();
        // refused by PostgreSQL itself (a NUL: "invalid byte sequence"), caught by the UI's last line of defence;
        // the domain's rule for text (issue 12, item 1) refuses these before any SQL
        List<String> reachedDatabase = new ArrayList<>();
        Map<String, Integer> fieldsPerForm = new LinkedHashMap<>();
        int tried = 0;
        try (LogCapture logs = new LogCapture()) {
            for (Form form : Stream.concat(forms().stream(), filters().stream()).toList()) {
                List<String> labels = fields(fresh(form)).stream().map(UiBadInputTest::label).toList();
                fieldsPerForm.put(form.name(), labels.size());
                for (int index = 0; index < labels.size(); index++) {
                    for (BadInput input : inputsFor(fields(fresh(form)).get(index))) {
                        tried++;
                        String where = form.name() + " › " + labels.get(index) + " × " + input;
                        Outcome outcome = attempt(form, index, input);
                        if (outcome.internalError()) {
                            internalErrors.add(where);
                        }
                        if (outcome.defect() != null) {
                            defects.add(where + ": " + outcome.defect());
                        }
                        if (outcome.halfWritten() != null) {
                            halfWritten.add(where + ": " + outcome.halfWritten());
                        }
                        for (var event : logs.take()) {
                            if (event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.ERROR)) {
                                errorLogs.add(where + ": " + LogCapture.describe(event));
                            } else if (event.getFormattedMessage().startsWith("Text refused by the database")) {
                                reachedDatabase.add(where);
                            }
                        }
                    }
                }
            }
        }
        int fields = fieldsPerForm.values().stream().mapToInt(Integer::intValue).sum();
        CorpusFigures.report("UI: " + fieldsPerForm.size() + " forms, " + fields + " fields, " + tried
                + " inputs tried " + fieldsPerForm + "; 'Something went wrong' shown: " + internalErrors.size()
                + "; ERROR logs: " + errorLogs.size() + "; half-written saves: " + halfWritten.size()
                + "; refused by PostgreSQL rather than by a rule: " + reachedDatabase.size()
                + "; other defects: " + defects.size());
        CorpusFigures.details(Stream.of(internalErrors, errorLogs, halfWritten, defects,
                reachedDatabase.stream().map(w -> w + ": refused by PostgreSQL, not by a rule").toList())
                .flatMap(List::stream).toList());
        assertThat(fieldsPerForm).as("fields found per form").allSatisfy((form, count) -> assertThat(count)
                .as(form).isPositive());
        assertThat(internalErrors).as("'Something went wrong' shown").isEmpty();
        assertThat(errorLogs).as("ERROR logs").isEmpty();
        assertThat(halfWritten).as("half-written rows").isEmpty();
        assertThat(defects).as("answers that were neither a message nor an intact save").isEmpty();
        // the domain's text rule refuses control characters before SQL: the database's refusal is a safety net only
        assertThat(reachedDatabase).as("inputs refused by PostgreSQL rather than by a rule").isEmpty();
    }

    /** The walk proves nothing unless each form saves with valid input: the defaults the walk fills in are valid. */
    @Test
    void everyFormSavesWithTheWalksValidDefaults() {
        manager = testData.user(Role.PROGRAM_MANAGER);
        List<String> notSaved = new ArrayList<>();
        for (Form form : forms()) {
            Component container = fresh(form);
            Map<String, Long> before = rowCounts();
            press(form, container);
            boolean closed = !container.isAttached();
            if (!closed && before.equals(rowCounts())) {
                notSaved.add(form.name() + ": " + feedback(container).orElse("no feedback " + describeInvalid(container)));
            }
        }
        assertThat(notSaved).isEmpty();
    }

    private String notSavedDetail = "";
    private int attempts;

    /** Fields invalid without a message, for the report of a save that said nothing. */
    private static String describeInvalid(Component container) {
        return _find(container, Component.class).stream()
                .filter(c -> c instanceof HasValidation v && v.isInvalid())
                .map(c -> c.getClass().getSimpleName() + "[" + c.getElement().getProperty("label") + "]")
                .collect(Collectors.joining(", ", "(invalid without message: ", ")"));
    }

    private record Outcome(boolean internalError, String defect, String halfWritten) {
    }

    private Outcome attempt(Form form, int index, BadInput input) {
        Component container = fresh(form);
        HasValue<?, ?> field = fields(container).get(index);
        Map<String, Long> before = rowCounts();
        // a mark of this attempt, so "stored intact" cannot be satisfied by an earlier attempt's row
        BadInput typed = isText(field) || field instanceof PasswordField
                ? new BadInput(input.name(), input.value() + " ~" + (++attempts)) : input;
        boolean fieldRefused = !enter(field, typed);
        if (!fieldRefused) {
            press(form, container);
        }
        boolean internalError = !_find(InternalErrorView.class).isEmpty() || notifications().stream()
                .anyMatch(text -> text.contains("Something went wrong"));
        Optional<String> feedback = fieldRefused ? Optional.of("field refused the value") : feedback(container);
        if (!form.button().isEmpty() && before.equals(rowCounts()) && feedback.isEmpty()) {
            notSavedDetail = describeInvalid(container);
        }
        Map<String, Long> after = rowCounts();
        String halfWritten = null;
        String defect = null;
        boolean saved = !before.equals(after) || (!form.button().isEmpty() && !container.isAttached());
        if (feedback.isPresent() && !before.equals(after)) {
            halfWritten = "refused (" + feedback.get() + ") but rows changed " + difference(before, after);
        } else if (feedback.isEmpty() && saved && isText(field) && !(field instanceof PasswordField)
                && !storedIntact(typed.value())) {
            defect = "saved, but the text is not stored as typed";
        } else if (feedback.isEmpty() && !saved && !form.button().isEmpty()) {
            defect = "neither saved nor any message " + notSavedDetail;
        }
        return new Outcome(internalError, defect, halfWritten);
    }

    /** Types the input as the browser would hand it over; false when the field itself cannot take it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean enter(HasValue field, BadInput input) {
        try {
            if (field instanceof DatePicker date) {
                date.setValue(LocalDate.parse(input.value()));
            } else if (field instanceof IntegerField number) {
                double value = Double.parseDouble(input.value());
                if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                    // the browser keeps it as bad input: the server gets no value and the field shows invalid
                    number.setValue(null);
                    number.setInvalid(true);
                    return false;
                }
                number.setValue((int) value);
            } else if (field instanceof NumberField number) {
                number.setValue(Double.parseDouble(input.value()));
            } else {
                field.setValue(input.value());
            }
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }

    private static List<BadInput> inputsFor(HasValue<?, ?> field) {
        if (field instanceof DatePicker) {
            return BadInput.DATES;
        }
        if (field instanceof IntegerField || field instanceof NumberField) {
            return BadInput.NUMBERS;
        }
        return BadInput.TEXT;
    }

    private static boolean isText(HasValue<?, ?> field) {
        return field instanceof TextField || field instanceof TextArea || field instanceof EmailField;
    }

    /** Presses the form's button; an exception goes to the session's error handler, as Vaadin would send it. */
    private void press(Form form, Component container) {
        try {
            if (form.button().isEmpty()) {
                _find(Grid.class).forEach(grid -> _size(grid));
            } else {
                button(container, form.button()).click();
            }
        } catch (RuntimeException thrown) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(thrown));
        }
    }

    /** The button with this text, in the form, a dialog's footer or anywhere on the page. */
    private static Button button(Component container, String text) {
        List<Button> all = new ArrayList<>(_find(container, Button.class));
        for (Dialog dialog : _find(Dialog.class)) {
            dialog.getFooter().getElement().getChildren().flatMap(e -> e.getComponent().stream())
                    .flatMap(c -> Stream.concat(Stream.of(c), _find(c, Component.class).stream()))
                    .filter(c -> c instanceof Button).forEach(c -> all.add((Button) c));
        }
        all.addAll(_find(Button.class));
        return all.stream().filter(b -> text.equals(b.getText()) && b.isEnabled()).findFirst()
                .orElseThrow(() -> new AssertionError("No button " + text));
    }

    /** A field marked invalid with a message, an error line in the form, or a notification. */
    private static Optional<String> feedback(Component container) {
        Optional<String> field = _find(container, Component.class).stream()
                .filter(c -> c instanceof HasValidation v && v.isInvalid() && v.getErrorMessage() != null
                        && !v.getErrorMessage().isBlank())
                .map(c -> "field: " + ((HasValidation) c).getErrorMessage()).findFirst();
        if (field.isPresent()) {
            return field;
        }
        Optional<String> line = _find(container, Component.class).stream()
                .filter(c -> c instanceof HasText && !(c instanceof com.vaadin.flow.component.Text) && isShown(c)
                        && (c.getElement().getClassList().stream().anyMatch(n -> n.contains("error"))
                        || c.getId().map(id -> id.endsWith("error")).orElse(false))
                        && !((HasText) c).getText().isBlank())
                .map(c -> "form: " + ((HasText) c).getText()).findFirst();
        if (line.isPresent()) {
            return line;
        }
        return notifications().stream().filter(text -> !text.isBlank()).map(text -> "notification: " + text)
                .findFirst();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().filter(n -> n.getThemeNames().contains("error"))
                .map(n -> java.util.Objects.toString(n.getElement().getProperty("text"), "") + " "
                        + n.getElement().getTextRecursively()).toList();
    }

    /** The form opened anew, its empty fields filled with valid values so only the field under test is bad. */
    private Component fresh(Form form) {
        _find(Dialog.class).forEach(Dialog::close);
        NotificationsKt.clearNotifications();
        UI.getCurrent().navigate("");
        login(manager);
        Component container = form.open().get();
        for (HasValue<?, ?> field : fields(container)) {
            fillValid(field, form);
        }
        fillChoices(container);
        return container;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fillValid(HasValue field, Form form) {
        if (!field.isEmpty() || form.button().isEmpty()) {
            return;
        }
        String label = label(field).toLowerCase();
        if (field instanceof PasswordField) {
            field.setValue(label.contains("current") ? TestData.PASSWORD : "A-new-password-2026!");
        } else if (field instanceof EmailField || label.contains("mail")) {
            field.setValue(TestData.uniqueEmail("corpus"));
        } else if (field instanceof DatePicker date) {
            date.setValue(date.getMin() != null && date.getMin().isAfter(LocalDate.now()) ? date.getMin()
                    : LocalDate.now());
        } else if (field instanceof IntegerField number) {
            number.setValue(label.contains("capacity") ? 3 : 7);
        } else if (field instanceof NumberField number) {
            number.setValue(1.0);
        } else {
            field.setValue(TestData.unique("Valid"));
        }
    }

    /** Required choices (selects, combo boxes, radio groups) get their first item. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fillChoices(Component container) {
        for (Component c : _find(container, Component.class)) {
            if (!(c instanceof HasValue value) || !isShown(c) || !value.isEmpty() || value.isReadOnly()) {
                continue;
            }
            if (c instanceof Select select) {
                select.getListDataView().getItems().findFirst().ifPresent(select::setValue);
            } else if (c instanceof ComboBox combo) {
                combo.getGenericDataView().getItems().findFirst().ifPresent(combo::setValue);
            } else if (c instanceof MultiSelectComboBox multi) {
                multi.getGenericDataView().getItems().findFirst().ifPresent(item -> multi.setValue(java.util.Set.of(item)));
            } else if (c instanceof RadioButtonGroup group) {
                group.getListDataView().getItems().findFirst().ifPresent(group::setValue);
            }
        }
    }

    /** The text, number and date fields a user can type into, in the order of the form. */
    private static List<HasValue<?, ?>> fields(Component container) {
        return _find(container, Component.class).stream()
                .filter(c -> c instanceof TextField || c instanceof TextArea || c instanceof EmailField
                        || c instanceof PasswordField || c instanceof IntegerField || c instanceof NumberField
                        || c instanceof DatePicker)
                .filter(c -> isShown(c) && !((HasValue<?, ?>) c).isReadOnly()
                        && c.getElement().isEnabled())
                .map(c -> (HasValue<?, ?>) c).collect(Collectors.toList());
    }

    private static boolean isShown(Component component) {
        for (Component c = component; c != null; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String label(HasValue<?, ?> field) {
        Component c = (Component) field;
        String label = c.getElement().getProperty("label");
        if (label == null || label.isBlank()) {
            label = c.getElement().getProperty("placeholder");
        }
        return label == null || label.isBlank() ? c.getId().orElse(c.getClass().getSimpleName()) : label;
    }

    private Component view(String route) {
        UI.getCurrent().navigate(route);
        return UI.getCurrent().getCurrentView();
    }

    private Component engagementTab(TabKey tab) {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.withSponsor(testData.engagement(testData.customerOrganisation(
                Region.UNITED_KINGDOM), TestData.unique("Corpus"), List.of(engineer), "SAP"), "Pat Sponsor");
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        EngagementView view = _get(EngagementView.class);
        view.selectTab(tab);
        return view;
    }

    private static Component dialogFrom(Component page, String buttonId) {
        _get(page, Button.class, spec -> spec.withId(buttonId)).click();
        return _get(Dialog.class);
    }

    private static Component dialogByText(Component page, String text) {
        _get(page, Button.class, spec -> spec.withText(text)).click();
        return _get(Dialog.class);
    }

    private Component blockerStatusDialog() {
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.customerOrganisation(Region.UNITED_KINGDOM),
                TestData.unique("Corpus"), List.of(engineer), "SAP");
        blockers.save(Blocker.raise(engagement.id(), "Licences", "", Severity.MEDIUM, "Tom", null, null,
                Visibility.SHARED, engineer.id(), Instant.now().truncatedTo(ChronoUnit.MICROS), LocalDate.now()));
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(BlockerTabs.BLOCKERS);
        Grid<?> grid = _get(com.fasttrack.portal.blocker.ui.BlockersPanel.class).grid;
        ((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "actions")).click();
        // closing is what stores the note
        @SuppressWarnings("unchecked")
        Select<BlockerStatus> status = _get(Select.class, spec -> spec.withId("blocker-new-status"));
        status.setValue(BlockerStatus.RESOLVED);
        return _get(Dialog.class);
    }

    private String countSql;
    private Map<String, List<String>> textColumns;

    /** The reason dialog of a proposed match (the customer declines) or an engaged one (staff close it). */
    private Component reasonDialog(boolean decline) {
        UserAccount customer = testData.user(Role.CUSTOMER);
        UserAccount engineer = testData.user(Role.ENGINEER);
        Engagement engagement = testData.engagement(testData.organisationOf(customer), TestData.unique("Corpus"),
                List.of(engineer), "SAP");
        Organisation partner = testData.partnerOrganisation(Region.UNITED_KINGDOM);
        partners.save(PartnerProfile.create(partner.id(), PartnerType.SOLUTIONS_PARTNER, Set.of(Region.UNITED_KINGDOM),
                Set.of(SAP), 5));
        PartnerCandidate candidate = partners.find(partner.id()).orElseThrow();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PartnerMatch match = matches.save(PartnerMatch.request(engagement.id(), Set.of(SAP), null, "", customer.id(),
                Role.CUSTOMER, now));
        match = matches.save(match.propose(List.of(new MatchRanking.Ranked(candidate,
                MatchScore.of(candidate, Set.of(SAP), Region.UNITED_KINGDOM, null))), engineer.id(), Role.ENGINEER, now));
        if (!decline) {
            match = matches.save(match.accept(customer.id(), Role.CUSTOMER, now));
            matches.save(match.engage(engineer.id(), Role.ENGINEER, now));
        }
        login(decline ? customer : manager);
        UI.getCurrent().navigate(EngagementView.class, EngagementView.parameters(engagement.id()));
        _get(EngagementView.class).selectTab(PartnerTabs.PARTNERS);
        _get(Button.class, spec -> spec.withId(decline ? "decline-partner" : "close-match")).click();
        return _get(Dialog.class);
    }

    private Map<String, Long> rowCounts() {
        if (countSql == null) {
            List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where "
                    + "table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", String.class);
            countSql = tables.stream().filter(t -> !NOT_COUNTED.contains(t))
                    .map(t -> "select '" + t + "' as t, count(*) as n from " + t)
                    .collect(Collectors.joining(" union all "));
        }
        String sql = countSql;
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString("t"), rs.getLong("n"));
        });
        return counts;
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(e -> e.getKey() + " " + before.get(e.getKey()) + "→" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Some text column of some table holds exactly what was typed. */
    private boolean storedIntact(String value) {
        if (value.indexOf('\u0000') >= 0) {
            return false; // PostgreSQL stores no NUL in text: a save that claims to have kept one did not
        }
        if (textColumns == null) {
            textColumns = new LinkedHashMap<>();
            jdbc.query("select table_name, column_name from information_schema.columns where table_schema = 'public' "
                + "and data_type in ('text', 'character varying') and table_name <> 'flyway_schema_history'", rs -> {
                textColumns.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            });
        }
        for (var table : textColumns.entrySet()) {
            String where = table.getValue().stream().map(c -> c + " = ?").collect(Collectors.joining(" or "));
            Object[] arguments = table.getValue().stream().map(c -> value).toArray();
            Long found = jdbc.queryForObject("select count(*) from " + table.getKey() + " where " + where, Long.class,
                    arguments);
            if (found != null && found > 0) {
                return true;
            }
        }
        return false;
    }
}
