package com.fasttrack.portal.portfolio.ui;

import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.ui.EngagementView;
import com.fasttrack.portal.shared.HealthColour;
import com.fasttrack.portal.ui.HealthBadge;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.portfolio.Dimension;
import com.fasttrack.portal.portfolio.PortfolioCounts;
import com.fasttrack.portal.portfolio.PortfolioRow;
import com.fasttrack.portal.portfolio.service.PortfolioOverview;
import com.fasttrack.portal.ui.SvgCharts;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An engineer's or program manager's home: the counts to act on and the portfolio, red first. */
public final class PortfolioHome extends VerticalLayout {

    final Grid<PortfolioRow> grid = new Grid<>();

    public PortfolioHome(PortfolioOverview overview, LocalDate today) {
        setPadding(false);
        setId("portfolio-home");
        PortfolioCounts counts = overview.counts();
        Div figures = new Div(figure("overdue-checkins", counts.overdueCheckIns(), "check-ins overdue"),
                figure("escalated-blockers", counts.escalatedBlockers(), "escalated blockers"),
                figure("due-this-week", counts.checkInsDueThisWeek(), "check-ins due this week"),
                figure("red", counts.red(), "red"), figure("amber", counts.amber(), "amber"),
                figure("green", counts.green(), "green"));
        figures.addClassNames("ft-card-grid", "ft-figures");
        figures.setWidthFull();
        add(figures);

        // Lit templates, not components: fifty rows cost the session no component tree (decision 024)
        grid.addColumn(LitRenderer.<PortfolioRow>of(
                        "<span class=\"ft-health ft-health-${item.colour}\" data-health=\"${item.health}\">"
                                + "${item.label}</span>")
                        .withProperty("colour", row -> row.health().name().toLowerCase(Locale.ROOT))
                        .withProperty("health", row -> row.health().name())
                        .withProperty("label", row -> row.health().label()))
                .setHeader("Health").setAutoWidth(true);
        grid.addColumn(LitRenderer.<PortfolioRow>of("<a href=\"${item.href}\">${item.title}</a>")
                        .withProperty("href", row -> RouteConfiguration.forSessionScope().getUrl(EngagementView.class,
                                EngagementView.parameters(row.id())))
                        .withProperty("title", PortfolioRow::title))
                .setHeader("Engagement").setFlexGrow(2);
        grid.addColumn(PortfolioRow::customerName).setHeader("Customer").setAutoWidth(true);
        grid.addColumn(row -> row.phase().label()).setHeader("Phase").setAutoWidth(true);
        grid.addColumn(row -> String.join("; ", row.healthReasons())).setHeader("Why").setFlexGrow(3);
        grid.addColumn(row -> nextCheckIn(row, today)).setHeader("Next check-in").setAutoWidth(true);
        grid.addColumn(row -> row.openBlockers() + (row.escalatedBlockers() > 0
                ? " (" + row.escalatedBlockers() + " escalated)" : "")).setHeader("Open blockers").setAutoWidth(true);
        grid.setItems(overview.rows());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No running engagements.");
        add(grid);

        if (!overview.distributions().isEmpty()) {
            Div charts = new Div();
            charts.addClassName("ft-dashboard-row");
            charts.setId("distribution-charts");
            charts.setWidthFull();
            charts.add(chart("By phase", SvgCharts.bars("Engagements by phase",
                    data(overview.distributions().get(Dimension.PHASE), k -> Phase.valueOf(k).label(), "#0b5cad"))));
            charts.add(chart("By partnership option", SvgCharts.bars("Engagements by partnership option",
                    data(overview.distributions().get(Dimension.OPTION), k -> PartnershipOption.valueOf(k).label(),
                            "#5a7fa8"))));
            charts.add(chart("By health", SvgCharts.donut("Engagements by health",
                    healthData(overview.distributions().get(Dimension.HEALTH)))));
            charts.add(chart("By region", SvgCharts.bars("Engagements by region",
                    data(overview.distributions().get(Dimension.REGION), k -> Region.fromCode(k).displayName(),
                            "#7a6bb0"))));
            add(charts);
        }
    }

    private static String nextCheckIn(PortfolioRow row, LocalDate today) {
        if (row.nextCheckInDue() == null) {
            return "—";
        }
        long overdue = row.checkInOverdueDays(today);
        return overdue > 0 ? "overdue by " + overdue + " d" : row.nextCheckInDue().toString();
    }

    private static Div figure(String id, long value, String label) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("ft-figure");
        Div box = new Div(number, new Div(new Span(label)));
        box.addClassName("ft-card");
        box.setId("count-" + id);
        return box;
    }

    private static Div chart(String title, com.vaadin.flow.component.Component svg) {
        Div box = new Div(new H3(title), svg);
        box.addClassName("ft-card");
        return box;
    }

    private static List<SvgCharts.Datum> data(LinkedHashMap<String, Long> counts,
                                             java.util.function.Function<String, String> label, String colour) {
        List<SvgCharts.Datum> data = new ArrayList<>();
        counts.forEach((key, value) -> data.add(new SvgCharts.Datum(label.apply(key), value, colour)));
        return data;
    }

    private static List<SvgCharts.Datum> healthData(Map<String, Long> counts) {
        List<SvgCharts.Datum> data = new ArrayList<>();
        for (HealthColour colour : new HealthColour[] {HealthColour.RED, HealthColour.AMBER, HealthColour.GREEN}) {
            data.add(new SvgCharts.Datum(colour.label(), counts.getOrDefault(colour.name(), 0L),
                    HealthBadge.cssColour(colour)));
        }
        return data;
    }

}
