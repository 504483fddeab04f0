package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.ChecklistEntry;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.EngagementDetails;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;

/** All three phases in a row: done, current (with its checklist progress) and upcoming. */
final class PhaseStepper extends Div {

    PhaseStepper(EngagementDetails details) {
        addClassName("ft-stepper");
        setId("phase-stepper");
        Phase current = details.engagement().phase();
        boolean completed = details.engagement().status() == EngagementStatus.COMPLETED;
        for (Phase phase : Phase.values()) {
            List<ChecklistEntry> checklist = details.checklists().get(phase);
            long done = checklist.stream().filter(ChecklistEntry::done).count();
            Div step = new Div();
            step.addClassName("ft-step");
            String state = completed || phase.ordinal() < current.ordinal() ? "done"
                    : phase == current ? "current" : "upcoming";
            step.addClassName("ft-step-" + state);
            Span number = new Span(String.valueOf(phase.ordinal() + 1));
            number.addClassName("ft-step-number");
            Span label = new Span(phase.label());
            label.addClassName("ft-step-label");
            Span progress = new Span(done + "/" + checklist.size() + " done");
            progress.addClassName("ft-step-progress");
            step.add(number, label, progress);
            step.getElement().setAttribute("data-state", state);
            add(step);
        }
    }
}
