package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.ui.HealthBadge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The top of the engagement page: title, customer, option, status, health, next check-in, who else is viewing, the
 * changed-record banner, the phase stepper and the actions the user may take (other features' contributed first).
 * Drawn again whenever the record changes; the banner and the viewers keep their state across redraws.
 */
final class EngagementHeader extends VerticalLayout {

    private final EngagementService engagements;
    private final List<EngagementHeaderAction> contributed;
    private final Clock clock;
    private final Component viewers;
    private final Component changedBanner;

    EngagementHeader(EngagementService engagements, List<EngagementHeaderAction> contributed, Clock clock,
                     Component viewers, Component changedBanner) {
        this.engagements = engagements;
        this.contributed = contributed.stream().sorted(Comparator.comparingInt(EngagementHeaderAction::order))
                .toList();
        this.clock = clock;
        this.viewers = viewers;
        this.changedBanner = changedBanner;
        setPadding(false);
    }

    void show(EngagementPage page) {
        removeAll();
        EngagementDetails details = page.details();
        Engagement engagement = details.engagement();
        H2 title = new H2(engagement.title());
        title.setId("engagement-title");
        Span customer = badge(details.customer().name() + " · " + details.customer().homeRegion().displayName(), "");
        customer.setId("engagement-customer");
        Span option = badge(engagement.option().label(), "ft-badge-option");
        Span status = badge(engagement.status().label(), "ft-badge-status-" + engagement.status().name());
        status.setId("engagement-status");
        Health current = details.health();
        HealthBadge healthBadge = new HealthBadge(current.colour());
        healthBadge.setId("engagement-health");
        healthBadge.setTitle(String.join("; ", current.reasons()));
        Span nextCheckIn = new Span(nextCheckInText(details.nextCheckInDue()));
        nextCheckIn.setId("engagement-next-checkin");
        add(title, new HorizontalLayout(customer, option, status, healthBadge, nextCheckIn, viewers),
                changedBanner, new PhaseStepper(details), actions(page));
    }

    private String nextCheckInText(LocalDate due) {
        long overdue = ChronoUnit.DAYS.between(due, LocalDate.now(clock));
        return overdue > 0 ? "Check-in overdue by " + overdue + (overdue == 1 ? " day" : " days")
                : "Next check-in " + due;
    }

    private HorizontalLayout actions(EngagementPage page) {
        EngagementDetails details = page.details();
        Engagement engagement = details.engagement();
        EngagementId id = engagement.id();
        long version = engagement.version();
        HorizontalLayout bar = new HorizontalLayout();
        contributed.forEach(action -> action.create(page).ifPresent(bar::add));
        if (page.can(Capability.EDIT_DETAILS)) {
            Button edit = new Button("Edit engagement", click -> page.editors().editFields(details));
            edit.setId("edit-engagement");
            bar.add(edit);
        }
        if (page.can(Capability.MOVE_PHASE) && engagement.status() == EngagementStatus.ACTIVE) {
            bar.add(new Button("Put on hold", click -> page.act(() -> engagements.putOnHold(id, version))));
        }
        if (page.can(Capability.MOVE_PHASE) && engagement.status() == EngagementStatus.ON_HOLD) {
            bar.add(new Button("Resume", click -> page.act(() -> engagements.resume(id, version))));
        }
        if (page.can(Capability.CANCEL)) {
            Button cancel = new Button("Cancel engagement", click -> page.act(() -> engagements.cancel(id, version)));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(cancel);
        }
        return bar;
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.addClassName("ft-badge");
        if (!variant.isEmpty()) {
            badge.addClassName(variant);
        }
        return badge;
    }
}
