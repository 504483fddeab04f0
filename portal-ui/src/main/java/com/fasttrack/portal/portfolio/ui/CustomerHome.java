package com.fasttrack.portal.portfolio.ui;

import com.fasttrack.portal.blocker.BlockerTabs;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.ui.HealthBadge;
import com.fasttrack.portal.portfolio.CardBlocker;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.portfolio.service.CustomerCard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteConfiguration;

import java.time.LocalDate;
import java.util.List;

/** A customer's home: each engagement's phase, health with reasons, next check-in, open blockers, latest summary. */
public final class CustomerHome extends Div {

    public CustomerHome(List<CustomerCard> cards, LocalDate today) {
        addClassName("ft-card-grid");
        setId("customer-home");
        if (cards.isEmpty()) {
            add(new Paragraph("No engagement is shared with you yet."));
        }
        cards.forEach(card -> add(card(card, today)));
    }

    private static Div card(CustomerCard card, LocalDate today) {
        PortfolioRow row = card.engagement();
        Div box = new Div();
        box.addClassNames("ft-card", "ft-customer-card");
        String url = RouteConfiguration.forSessionScope().getUrl(EngagementView.class,
                EngagementView.parameters(row.id()));
        H3 title = new H3(new Anchor(url, row.title()));
        box.add(title, phaseProgress(row.phase()));

        Div health = new Div(new HealthBadge(row.health()));
        UnorderedList reasons = new UnorderedList();
        row.healthReasons().forEach(reason -> reasons.add(new ListItem(reason)));
        health.add(reasons);
        box.add(health);

        long overdue = row.checkInOverdueDays(today);
        Span next = new Span(row.nextCheckInDue() == null ? "No check-in planned"
                : overdue > 0 ? "Check-in overdue by " + overdue + (overdue == 1 ? " day" : " days")
                : "Next check-in " + row.nextCheckInDue());
        next.addClassName("ft-next-checkin");
        box.add(new Div(next));

        box.add(new Span("Open blockers: " + row.openBlockers()));
        UnorderedList blockers = new UnorderedList();
        for (CardBlocker blocker : card.openBlockers()) {
            blockers.add(new ListItem(blocker.title() + " (" + blocker.severity().label() + ") — asked of "
                    + blocker.owner() + (blocker.dueDate() == null ? "" : ", due " + blocker.dueDate())));
        }
        box.add(blockers);

        if (card.latestCheckIn() != null) {
            Paragraph summary = new Paragraph("Latest check-in (" + card.latestCheckIn().date() + ", "
                    + card.latestCheckIn().onTrack().label() + "): " + card.latestCheckIn().sharedSummary());
            summary.addClassName("ft-latest-summary");
            box.add(summary);
        }
        Anchor raise = new Anchor(url + "?tab=" + BlockerTabs.BLOCKERS.slug(), "Raise a blocker");
        raise.addClassName("ft-raise-blocker");
        box.add(raise);
        return box;
    }

    static Div phaseProgress(Phase current) {
        Div progress = new Div();
        progress.addClassName("ft-mini-stepper");
        for (Phase phase : Phase.values()) {
            Span step = new Span(phase.label());
            step.addClassName(phase.ordinal() < current.ordinal() ? "ft-mini-done"
                    : phase == current ? "ft-mini-current" : "ft-mini-upcoming");
            progress.add(step);
        }
        return progress;
    }
}
