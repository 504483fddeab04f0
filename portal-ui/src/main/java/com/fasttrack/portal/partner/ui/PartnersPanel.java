package com.fasttrack.portal.partner.ui;

import com.fasttrack.portal.engagement.Capability;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.partner.MatchRanking;
import com.fasttrack.portal.partner.MatchTransition;
import com.fasttrack.portal.partner.PartnerMatch;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.Proposal;
import com.fasttrack.portal.partner.service.MatchOverview;
import com.fasttrack.portal.partner.service.MatchOverview.Step;
import com.fasttrack.portal.partner.service.PartnerMatchService;
import com.fasttrack.portal.ui.TextLimits;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engagement's Partners tab: the request form, the engineer's ranked candidates with the score breakdown and
 * the excluded partners, the customer's accept or decline, engaging and closing, and the recorded steps. A partner
 * sees only that its organisation is engaged.
 */
public final class PartnersPanel extends VerticalLayout {


    final MultiSelectComboBox<WorkloadCode> workloads = new MultiSelectComboBox<>("Workloads the partner helps with");
    final Select<PartnerType> preferredType = new Select<>();
    final TextArea note = new TextArea("Note");
    final Button request = new Button("Request a partner");
    final Grid<MatchRanking.Ranked> candidates = new Grid<>();
    final Grid<MatchRanking.Excluded> excluded = new Grid<>();
    final Grid<Proposal> proposals = new Grid<>();
    final Button propose = new Button("Propose selected");
    final Button accept = new Button("Accept");
    final Button decline = new Button("Decline…");
    final Button engage = new Button("Mark engaged");
    final Button close = new Button("Close match…");

    private final EngagementId engagement;
    private final PartnerMatchService service;
    private final Runnable onChange;

    /** {@code granted}: what the page was granted on the engagement; it decides the steps offered. */
    public PartnersPanel(EngagementId engagement, Set<Capability> granted, PartnerMatchService service,
                         Map<WorkloadCode, String> names, Runnable onChange) {
        this.engagement = engagement;
        this.service = service;
        this.onChange = onChange;
        setId("partners-panel");
        setPadding(false);
        MatchOverview overview = service.overview(engagement, granted);
        if (overview.engagedPartnerName() != null && overview.active() == null) {
            Paragraph engaged = new Paragraph("Your organisation, " + overview.engagedPartnerName()
                    + ", is engaged on this engagement.");
            engaged.setId("partner-engaged");
            add(engaged);
            return;
        }
        PartnerMatch active = overview.active();
                if (active == null) {
            add(new Paragraph("No partner match is open on this engagement."));
        } else {
            add(summary(active, names));
        }
        if (overview.may(Step.REQUEST)) {
            add(requestForm(names));
        }
        if (active != null && overview.may(Step.PROPOSE)) {
            add(ranking(active));
        }
        if (active != null && !active.proposals().isEmpty()) {
            add(proposals(active));
        }
        if (active != null && overview.may(Step.DECIDE)) {
            accept.setId("accept-partner");
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            accept.addClickListener(click -> act(() -> service.accept(engagement, active.id(), active.version())));
            decline.setId("decline-partner");
            decline.addClickListener(click -> new ReasonDialog("Decline "
                    + active.openProposal().map(Proposal::partnerName).orElse("partner"), "Decline", true,
                    reason -> act(() -> service.decline(engagement, active.id(), active.version(), reason))).open());
            add(new HorizontalLayout(accept, decline));
        }
        if (active != null && (overview.may(Step.ENGAGE) || overview.may(Step.CLOSE))) {
            HorizontalLayout staffActions = new HorizontalLayout();
            if (overview.may(Step.ENGAGE)) {
                engage.setId("engage-partner");
                engage.addClickListener(click -> act(() -> service.engage(engagement, active.id(), active.version())));
                staffActions.add(engage);
            }
            if (overview.may(Step.CLOSE)) {
                close.setId("close-match");
                close.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                close.addClickListener(click -> new ReasonDialog("Close the partner match", "Close match", false,
                        reason -> act(() -> service.close(engagement, active.id(), active.version(), reason)))
                        .open());
                staffActions.add(close);
            }
            add(staffActions);
        }
        if (active != null) {
            add(history(active, overview));
        }
        if (!overview.earlier().isEmpty()) {
            add(new H4("Earlier matches"));
            overview.earlier().forEach(m -> add(new Paragraph(m.requestedAt().atOffset(ZoneOffset.UTC).toLocalDate()
                    + " · " + m.status().label() + m.partnerName().map(n -> " · " + n).orElse(""))));
        }
    }

    private VerticalLayout summary(PartnerMatch active, Map<WorkloadCode, String> names) {
        Span status = new Span(active.status().label());
        status.addClassNames("ft-badge", "ft-match-" + active.status().name());
        status.setId("match-status");
        String wanted = active.workloads().stream().map(code -> names.getOrDefault(code, code.value()))
                .collect(Collectors.joining(", "));
        VerticalLayout summary = new VerticalLayout(new H3("Partner match"), status,
                new Span("Workloads: " + wanted + (active.preferredType() == null ? ""
                        : " · preferred type: " + active.preferredType().label())));
        summary.setPadding(false);
        if (!active.note().isEmpty()) {
            summary.add(new Span("Note: " + active.note()));
        }
        active.partnerName().ifPresent(name -> {
            Span partner = new Span("Partner: " + name);
            partner.setId("match-partner");
            summary.add(partner);
        });
        return summary;
    }

    private VerticalLayout requestForm(Map<WorkloadCode, String> names) {
        workloads.setItems(names.keySet());
        // all of the engagement's workloads to start with: the requester narrows them down
        workloads.setValue(names.keySet());
        workloads.setItemLabelGenerator(code -> names.getOrDefault(code, code.value()));
        workloads.setId("match-workloads");
        workloads.setWidth("32rem");
        preferredType.setLabel("Preferred partner type");
        preferredType.setItems(PartnerType.values());
        preferredType.setItemLabelGenerator(type -> type == null ? "No preference" : type.label());
        preferredType.setEmptySelectionAllowed(true);
        preferredType.setEmptySelectionCaption("No preference");
        preferredType.setId("match-preferred-type");
        note.setId("match-note");
        note.setWidth("32rem");
        TextLimits.say(note, PartnerMatch.NOTE_MAX);
        request.setId("request-partner");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        request.addClickListener(click -> act(() -> service.request(engagement, workloads.getValue(),
                preferredType.getValue(), note.getValue())));
        VerticalLayout form = new VerticalLayout(new H3("Request a partner"), workloads, preferredType, note, request);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout ranking(PartnerMatch active) {
        MatchRanking ranking = service.ranking(engagement);
        candidates.setId("match-candidates");
        candidates.setSelectionMode(Grid.SelectionMode.MULTI);
        candidates.addColumn(r -> r.candidate().name()).setHeader("Partner").setKey("name").setAutoWidth(true);
        candidates.addColumn(r -> r.candidate().profile().type().label()).setHeader("Type").setKey("type");
        candidates.addColumn(r -> r.score().total()).setHeader("Score").setKey("total");
        candidates.addColumn(r -> r.score().coverage()).setHeader("Coverage /50").setKey("coverage");
        candidates.addColumn(r -> r.score().region()).setHeader("Region /20").setKey("region");
        candidates.addColumn(r -> r.score().type()).setHeader("Type /15").setKey("typeScore");
        candidates.addColumn(r -> r.score().capacity()).setHeader("Capacity /15").setKey("capacity");
        candidates.setItems(ranking.ranked());
        candidates.setAllRowsVisible(true);
        excluded.setId("match-excluded");
        excluded.addColumn(e -> e.candidate().name()).setHeader("Excluded partner").setKey("name");
        excluded.addColumn(MatchRanking.Excluded::reason).setHeader("Why").setKey("reason");
        excluded.setItems(ranking.excluded());
        excluded.setAllRowsVisible(true);
        propose.setId("propose-partners");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(click -> {
            List<MatchRanking.Ranked> chosen = candidates.getSelectedItems().stream()
                    .sorted(Comparator.comparingInt(ranking.ranked()::indexOf)).toList();
            act(() -> service.propose(engagement, active.id(), active.version(),
                    chosen.stream().map(r -> r.candidate().profile().organisationId()).toList()));
        });
        VerticalLayout section = new VerticalLayout(new H4("Ranked candidates (choose up to 3)"), candidates,
                propose);
        section.setPadding(false);
        if (!ranking.excluded().isEmpty()) {
            section.add(new H4("Excluded"), excluded);
        }
        return section;
    }

    private VerticalLayout proposals(PartnerMatch active) {
        proposals.setId("match-proposals");
        proposals.addColumn(Proposal::partnerName).setHeader("Proposed partner").setKey("name").setAutoWidth(true);
        proposals.addColumn(Proposal::score).setHeader("Score").setKey("score");
        proposals.addColumn(Proposal::breakdown).setHeader("Breakdown").setKey("breakdown").setAutoWidth(true);
        proposals.addColumn(p -> p.status().label()).setHeader("Status").setKey("status");
        proposals.addColumn(p -> p.expiresAt() == null ? p.reason() : "Answer by " + Times.at(p.expiresAt()))
                .setHeader("Note").setKey("note");
        proposals.setItems(active.proposals());
        proposals.setAllRowsVisible(true);
        VerticalLayout section = new VerticalLayout(new H4("Proposals"), proposals);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout history(PartnerMatch active, MatchOverview overview) {
        VerticalLayout section = new VerticalLayout(new H4("History"));
        section.setPadding(false);
        section.setSpacing(false);
        section.setId("match-history");
        for (MatchTransition step : active.transitions()) {
            section.add(new Span(Times.at(step.at()) + " · " + overview.nameOf(step.by()) + " · "
                    + (step.from() == null ? "" : step.from().label() + " → ") + step.to().label()
                    + (step.reason().isEmpty() ? "" : " · " + step.reason())));
        }
        return section;
    }

    private void act(Runnable change) {
        change.run();
        onChange.run();
    }
}
