package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.EngagementDetails;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** Goal / vision, workloads, dates and engineers. */
final class OverviewPanel extends VerticalLayout {

    OverviewPanel(EngagementDetails details, Runnable onEditGoal) {
        setPadding(false);
        Engagement engagement = details.engagement();
        H3 goalTitle = new H3("Goal / vision");
        Paragraph goal = new Paragraph(engagement.goal().isBlank() ? "Not documented yet." : engagement.goal());
        goal.setId("engagement-goal");
        goal.addClassName("ft-prewrap");
        add(goalTitle, goal);
        if (details.can(Capability.EDIT_GOAL)) {
            Button edit = new Button("Edit goal / vision", click -> onEditGoal.run());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            edit.setId("edit-goal");
            add(edit);
        }

        add(new H3("Workloads"));
        WorkloadChips chips = new WorkloadChips();
        chips.setId("engagement-workloads");
        details.workloads().forEach(w -> chips.add(w.name(), w.preview()));
        add(details.workloads().isEmpty() ? new Span("No workloads chosen yet.") : chips);

        add(new H3("Dates"));
        Div dates = new Div();
        dates.addClassName("ft-facts");
        dates.setWidthFull();
        for (Phase phase : Phase.values()) {
            dates.add(fact("Planned end of " + phase.label(), engagement.plannedEnds().get(phase)));
        }
        dates.add(fact("Target go-live", engagement.targetGoLive()), fact("PoC in production", engagement.pocGoLive()));
        add(dates);

        add(new H3("Engineers"));
        add(new Span(details.engineers().isEmpty() ? "No engineer assigned yet."
                : details.engineers().stream().map(EngagementDetails.Person::name).collect(Collectors.joining(", "))));
    }

    private static Div fact(String label, LocalDate date) {
        Span name = new Span(label);
        name.addClassName("ft-muted");
        return new Div(name, new Span(date == null ? "—" : date.toString()));
    }
}
