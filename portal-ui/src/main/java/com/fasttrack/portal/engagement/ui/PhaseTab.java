package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.ChecklistItem;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementTabs;
import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.service.EngagementService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.time.LocalDate;

/** The current phase's checklist and gate, and the transitions so far. */
@SpringComponent
final class PhaseTab implements EngagementTab {

    private final EngagementService engagements;

    PhaseTab(EngagementService engagements) {
        this.engagements = engagements;
    }

    @Override
    public TabKey key() {
        return EngagementTabs.PHASE;
    }

    @Override
    public String label() {
        return "Phase";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Component create(EngagementPage page) {
        EngagementId id = page.id();
        long version = page.version();
        return new PhasePanel(page.details(), new PhasePanel.Actions() {
            @Override
            public void tick(ChecklistItem item, boolean done) {
                page.act(() -> engagements.tick(id, version, item, done));
            }

            @Override
            public void writeAssessment(String note) {
                page.act(() -> engagements.writeAssessment(id, version, note));
            }

            @Override
            public void recordPocGoLive(LocalDate date) {
                // not through act: a refused date must reach the field before the panel is rebuilt
                engagements.recordPocGoLive(id, version, date);
                page.reload();
            }

            @Override
            public void advance(String overrideReasonOrNull) {
                page.act(() -> engagements.advance(id, version, overrideReasonOrNull));
            }
        });
    }
}
