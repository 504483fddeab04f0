package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.WorkloadName;
import com.fasttrack.portal.organisation.Region;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engagements list's filters; they read from and write to the URL's query parameters. The workload names are
 * read when the workload field opens (or a URL names a workload), not with every list: the bar holds no catalogue.
 */
final class EngagementFilterBar extends Composite<FlexLayout> {

    final TextField text = new TextField("Search");
    // combo boxes rather than selects: a select builds a component per item, a combo box sends its items as data
    final ComboBox<Phase> phase = new ComboBox<>();
    final ComboBox<EngagementStatus> status = new ComboBox<>();
    final ComboBox<PartnershipOption> option = new ComboBox<>();
    final ComboBox<WorkloadName> workload = new ComboBox<>("Workload");
    final ComboBox<Region> region = new ComboBox<>();
    private final Supplier<List<WorkloadName>> workloads;

    EngagementFilterBar(Supplier<List<WorkloadName>> workloads, Consumer<EngagementFilter> onChange) {
        this.workloads = workloads;
        text.setPlaceholder("Title or customer");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        setUp(phase, "Phase", Phase.values(), Phase::label);
        setUp(status, "Status", EngagementStatus.values(), EngagementStatus::label);
        setUp(option, "Option", PartnershipOption.values(), PartnershipOption::label);
        setUp(region, "Region", Region.values(), Region::displayName);
        workload.setItems(query -> {
            String typed = query.getFilter().orElse("").toLowerCase(Locale.ROOT);
            return workloads.get().stream().filter(w -> w.name().toLowerCase(Locale.ROOT).contains(typed))
                    .skip(query.getOffset()).limit(query.getLimit());
        });
        workload.setItemLabelGenerator(WorkloadName::name);
        workload.setClearButtonVisible(true);
        workload.setPlaceholder("Any");

        FlexLayout layout = getContent();
        layout.addClassName("ft-filters");
        layout.add(text, phase, status, option, workload, region);
        text.addValueChangeListener(e -> onChange.accept(filter()));
        phase.addValueChangeListener(e -> onChange.accept(filter()));
        status.addValueChangeListener(e -> onChange.accept(filter()));
        option.addValueChangeListener(e -> onChange.accept(filter()));
        workload.addValueChangeListener(e -> onChange.accept(filter()));
        region.addValueChangeListener(e -> onChange.accept(filter()));
    }

    private static <T> void setUp(ComboBox<T> field, String label, T[] values,
                                  com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        field.setLabel(label);
        field.setItems(values);
        field.setItemLabelGenerator(labels);
        field.setClearButtonVisible(true);
        field.setPlaceholder("Any");
    }

    EngagementFilter filter() {
        return new EngagementFilter(text.getValue(), phase.getValue(), status.getValue(), option.getValue(),
                workload.getValue() == null ? null : workload.getValue().code(), region.getValue());
    }

    QueryParameters toQuery() {
        Map<String, String> query = new HashMap<>();
        EngagementFilter filter = filter();
        if (!filter.text().isEmpty()) {
            query.put("q", filter.text());
        }
        Optional.ofNullable(filter.phase()).ifPresent(v -> query.put("phase", v.name()));
        Optional.ofNullable(filter.status()).ifPresent(v -> query.put("status", v.name()));
        Optional.ofNullable(filter.option()).ifPresent(v -> query.put("option", v.name()));
        Optional.ofNullable(filter.workload()).ifPresent(v -> query.put("workload", v.value()));
        Optional.ofNullable(filter.region()).ifPresent(v -> query.put("region", v.code()));
        return QueryParameters.simple(query);
    }

    /** Sets the fields from a URL; unknown values are ignored rather than failing the page. */
    void fromQuery(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        text.setValue(first(query, "q").orElse(""));
        phase.setValue(first(query, "phase").flatMap(v -> parse(Phase.class, v)).orElse(null));
        status.setValue(first(query, "status").flatMap(v -> parse(EngagementStatus.class, v)).orElse(null));
        option.setValue(first(query, "option").flatMap(v -> parse(PartnershipOption.class, v)).orElse(null));
        workload.setValue(first(query, "workload").flatMap(v -> workloads.get().stream()
                .filter(area -> area.code().value().equals(v)).findFirst()).orElse(null));
        region.setValue(first(query, "region").flatMap(v -> {
            try {
                return Optional.of(Region.fromCode(v));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).orElse(null));
    }

    private static Optional<String> first(Map<String, List<String>> query, String key) {
        return Optional.ofNullable(query.get(key)).filter(values -> !values.isEmpty()).map(List::getFirst);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

}
