package com.fasttrack.portal.engagement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Workloads as small chips; a preview workload carries a visible "preview" mark. */
final class WorkloadChips extends Div {

    WorkloadChips() {
        addClassName("ft-chips");
    }

    WorkloadChips add(String name, boolean preview) {
        Span chip = new Span(name);
        chip.addClassName("ft-chip");
        if (preview) {
            Span mark = new Span("preview");
            mark.addClassName("ft-preview");
            chip.add(mark);
            chip.addClassName("ft-chip-preview");
        }
        add(chip);
        return this;
    }
}
