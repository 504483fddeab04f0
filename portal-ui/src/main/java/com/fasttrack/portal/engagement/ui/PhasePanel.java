package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.ui.FieldErrors;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.List;
import java.util.stream.Collectors;

/** The current phase's checklist with tick-off, the gate, and the history of transitions. */
final class PhasePanel extends VerticalLayout {

    /** What the panel asks of its view. */
    interface Actions {
        void tick(ChecklistItem item, boolean done);

        void writeAssessment(String note);

        /** Records the date; a refusal is thrown back so that the field can show it. */
        void recordPocGoLive(java.time.LocalDate date);

        void advance(String overrideReasonOrNull);
    }


    final Button advance = new Button();
    final Button override = new Button("Override gate…");

    PhasePanel(EngagementDetails details, Actions actions) {
        setPadding(false);
        Engagement engagement = details.engagement();
        Phase phase = engagement.phase();
        boolean canMove = details.can(Capability.MOVE_PHASE) && engagement.status() == EngagementStatus.ACTIVE;
        List<ChecklistEntry> checklist = details.checklists().get(phase);

        add(new H3(phase.label() + " checklist"));
        for (ChecklistEntry entry : checklist) {
            Checkbox box = new Checkbox(entry.item().label(), entry.done());
            box.setId("check-" + entry.item().name());
            box.setEnabled(canMove && !entry.item().derived());
            if (entry.item().derived()) {
                box.setHelperText("Follows from the record");
            }
            box.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    actions.tick(entry.item(), change.getValue());
                }
            });
            add(box);
        }
        if (phase == Phase.DISCOVERY && details.can(Capability.EDIT_DETAILS)) {
            add(new Button("Write assessment note", click -> new TextDialog("Assessment note",
                    engagement.assessmentNote(), Engagement.NOTE_MAX, actions::writeAssessment).open()));
        }
        if (phase == Phase.SOLUTION_ENABLEMENT && details.can(Capability.EDIT_DETAILS)) {
            DatePicker goLive = new DatePicker(Engagement.POC_GO_LIVE_FIELD, engagement.pocGoLive());
            goLive.setId("poc-go-live");
            goLive.setWidth("20rem");
            goLive.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    try {
                        actions.recordPocGoLive(change.getValue());
                    } catch (DomainException refused) {
                        // a date the rules refuse stays in the field with the reason; anything else is for the view
                        if (!FieldErrors.show(goLive, refused)) {
                            throw refused;
                        }
                    }
                }
            });
            add(goLive);
        }

        if (canMove) {
            add(gate(details, checklist, actions));
        }
        add(new H3("Transitions"), history(details));
    }

    private HorizontalLayout gate(EngagementDetails details, List<ChecklistEntry> checklist, Actions actions) {
        Phase phase = details.engagement().phase();
        String target = phase.next().map(next -> "Advance to " + next.label()).orElse("Complete the engagement");
        String missing = checklist.stream().filter(entry -> !entry.done()).map(entry -> entry.item().label())
                .collect(Collectors.joining("; "));
        advance.setText(target);
        advance.setId("advance-phase");
        advance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        advance.addClickListener(click -> actions.advance(null));
        HorizontalLayout gate = new HorizontalLayout(advance);
        if (!missing.isEmpty()) {
            advance.setTooltipText("Complete the checklist first: " + missing);
            if (details.can(Capability.OVERRIDE_GATE)) {
                override.setId("override-gate");
                override.addThemeVariants(ButtonVariant.LUMO_ERROR);
                override.addClickListener(click -> new OverrideDialog(target, missing, actions::advance).open());
                gate.add(override);
            }
        }
        return gate;
    }

    private static Grid<EngagementDetails.Transition> history(EngagementDetails details) {
        Grid<EngagementDetails.Transition> grid = new Grid<>();
        grid.setId("transitions");
        grid.addColumn(t -> Times.at(t.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(EngagementDetails.Transition::from).setHeader("From");
        grid.addColumn(EngagementDetails.Transition::to).setHeader("To");
        grid.addColumn(EngagementDetails.Transition::by).setHeader("By");
        grid.addColumn(t -> t.override() ? "Override: " + t.reason() : "Checklist complete").setHeader("Gate")
                .setFlexGrow(2);
        grid.setItems(details.transitions());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No transitions yet.");
        return grid;
    }

}
