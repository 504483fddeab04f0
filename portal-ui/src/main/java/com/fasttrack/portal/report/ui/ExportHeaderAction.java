package com.fasttrack.portal.report.ui;

import com.fasttrack.portal.engagement.ui.EngagementHeaderAction;
import com.fasttrack.portal.engagement.ui.EngagementPage;
import com.fasttrack.portal.report.service.ReportService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

import java.util.Optional;

/** The Export menu in the engagement page's header: reports of the engagement for the audiences the user may have. */
@SpringComponent
final class ExportHeaderAction implements EngagementHeaderAction {

    private final ReportService reports;
    private final ExportExecutor exports;

    ExportHeaderAction(ReportService reports, ExportExecutor exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(EngagementPage page) {
        return Optional.of(new ExportMenu(page.id(), page.details().engagement().title(), reports, exports));
    }
}
