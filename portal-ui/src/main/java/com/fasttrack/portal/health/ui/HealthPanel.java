package com.fasttrack.portal.health.ui;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.health.Health;
import com.fasttrack.portal.health.HealthPoint;
import com.fasttrack.portal.health.service.HealthService;
import com.fasttrack.portal.ui.HealthBadge;
import com.fasttrack.portal.ui.SvgCharts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Health with its reasons, the override (who, why, until), the trend of colour changes and the override controls. */
public final class HealthPanel extends VerticalLayout {

    /** {@code health}: as the page read it, with the engagement. */
    public HealthPanel(EngagementId id, Health health, HealthService healthService, boolean canOverride,
                       LocalDate today, Runnable onChange) {
        setPadding(false);
        setId("health-panel");
        HealthBadge badge = new HealthBadge(health.colour());
        badge.setId("health-colour");
        HorizontalLayout header = new HorizontalLayout(new H3("Health"), badge);
        header.setAlignItems(Alignment.BASELINE);
        add(header);

        UnorderedList reasons = new UnorderedList();
        reasons.setId("health-reasons");
        health.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
        add(reasons);
        if (health.override() != null) {
            Paragraph overridden = new Paragraph("Overridden to " + health.override().colour().label() + " by "
                    + health.override().byName() + " until " + health.override().until() + ": "
                    + health.override().reason() + " (computed: " + health.computed().label() + ")");
            overridden.setId("health-override");
            overridden.addClassName("ft-muted");
            add(overridden);
        }
        if (canOverride) {
            Button override = new Button("Override health…", click -> new OverrideHealthDialog(today,
                    (colour, reason, until) -> {
                        healthService.override(id, colour, reason, until);
                        onChange.run();
                    }).open());
            override.setId("override-health");
            override.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout controls = new HorizontalLayout(override);
            if (health.override() != null) {
                Button clear = new Button("End override", click -> {
                    healthService.clearOverride(id);
                    onChange.run();
                });
                clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                controls.add(clear);
            }
            add(controls);
        }
        add(trend(healthService.history(id), today));
    }

    private static Div trend(List<HealthPoint> history, LocalDate today) {
        Div box = new Div();
        box.setId("health-trend");
        if (history.isEmpty()) {
            box.add(new Span("No history yet."));
            return box;
        }
        Instant first = history.getFirst().at();
        Instant end = today.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        double span = Math.max(1, Duration.between(first, end).toMinutes());
        List<double[]> points = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (HealthPoint point : history) {
            points.add(new double[] {Duration.between(first, point.at()).toMinutes() / span, point.score()});
            colours.add(HealthBadge.cssColour(point.colour()));
        }
        box.add(SvgCharts.trend("Health over time: " + history.size() + " changes", points, colours,
                LocalDate.ofInstant(first, ZoneId.systemDefault()).toString(), today.toString()));
        return box;
    }
}
