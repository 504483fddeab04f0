package com.fasttrack.portal.partner.ui;

import com.fasttrack.portal.engagement.TabKey;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.engagement.ui.EngagementTab;
import com.fasttrack.portal.partner.PartnerTabs;
import com.fasttrack.portal.partner.service.PartnerMatchService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.LinkedHashMap;
import java.util.Map;

/** Finding, proposing and engaging a partner for the engagement's workloads. */
@SpringComponent
final class PartnersTab implements EngagementTab {

    private final PartnerMatchService partnerMatches;

    PartnersTab(PartnerMatchService partnerMatches) {
        this.partnerMatches = partnerMatches;
    }

    @Override
    public TabKey key() {
        return PartnerTabs.PARTNERS;
    }

    @Override
    public String label() {
        return "Partners";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Component create(EngagementPage page) {
        Map<WorkloadCode, String> workloadNames = new LinkedHashMap<>();
        page.details().workloads().forEach(w -> workloadNames.put(w.code(), w.name()));
        return new PartnersPanel(page.id(), page.details().capabilities(), partnerMatches, workloadNames,
                page::reload);
    }
}
