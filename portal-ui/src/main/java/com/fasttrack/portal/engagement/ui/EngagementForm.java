package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementDraft;
import com.fasttrack.portal.engagement.service.WorkloadChoice;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.ui.FieldErrors;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engagement's fields with validation next to each; it never calls a service: it hands an
 * {@link EngagementDraft} out and shows the errors it is given back.
 */
final class EngagementForm extends Composite<FormLayout> {

    final ComboBox<Organisation> customer = new ComboBox<>("Customer");
    final TextField title = new TextField("Title");
    final TextArea goal = new TextArea("Goal / vision");
    final RadioButtonGroup<PartnershipOption> option = new RadioButtonGroup<>("Partnership option");
    final MultiSelectComboBox<WorkloadChoice> workloads = new MultiSelectComboBox<>("Workloads");
    final MultiSelectComboBox<EngagementDetails.Person> engineers = new MultiSelectComboBox<>("Engineers");
    final DatePicker targetGoLive = new DatePicker("Target go-live");
    final Map<Phase, DatePicker> plannedEnds = new EnumMap<>(Phase.class);
    final Span formError = new Span();

    private final Binder<Bean> binder = new Binder<>();
    private final Function<OrganisationId, List<WorkloadChoice>> choices;

    /** The form's mutable model, bound field by field. */
    static final class Bean {
        Organisation customer;
        String title = "";
        String goal = "";
        PartnershipOption option;
        Set<WorkloadChoice> workloads = Set.of();
        Set<EngagementDetails.Person> engineers = Set.of();
    }

    EngagementForm(List<Organisation> customers, List<EngagementDetails.Person> engineerChoices,
                   Function<OrganisationId, List<WorkloadChoice>> choices) {
        this.choices = choices;
        customer.setItems(customers);
        customer.setItemLabelGenerator(org -> org.name() + " (" + org.homeRegion().displayName() + ")");
        option.setItems(PartnershipOption.values());
        option.setItemLabelGenerator(PartnershipOption::label);
        option.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(choice -> {
            com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span(choice.label());
            com.vaadin.flow.component.html.Span description =
                    new com.vaadin.flow.component.html.Span(" — " + choice.description());
            description.addClassName("ft-muted");
            return new com.vaadin.flow.component.html.Span(label, description);
        }));
        customer.setId("engagement-customer-field");
        title.setId("engagement-title-field");
        option.setId("engagement-option-field");
        workloads.setItemLabelGenerator(WorkloadChoice::label);
        workloads.setHelperText("Availability is shown for the customer's region; preview workloads are allowed.");
        workloads.setItems(List.of());
        engineers.setItems(engineerChoices);
        engineers.setItemLabelGenerator(EngagementDetails.Person::name);
        engineers.setVisible(!engineerChoices.isEmpty());
        TextLimits.say(goal, Engagement.GOAL_MAX);
        TextLimits.say(title, Engagement.TITLE_MAX);
        formError.addClassName("ft-form-error");
        formError.setId("engagement-form-error");

        binder.forField(customer).asRequired("Choose the customer organisation")
                .bind(b -> b.customer, (b, v) -> b.customer = v);
        binder.forField(title).asRequired("Title is required")
                .withValidator(TextLimits.atMost("Title must be at most " + Engagement.TITLE_MAX + " characters",
                        Engagement.TITLE_MAX))
                .bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(goal).bind(b -> b.goal, (b, v) -> b.goal = v == null ? "" : v);
        binder.forField(option).asRequired("Choose a partnership option").bind(b -> b.option, (b, v) -> b.option = v);
        binder.forField(workloads).bind(b -> b.workloads, (b, v) -> b.workloads = v);
        binder.forField(engineers).bind(b -> b.engineers, (b, v) -> b.engineers = v);
        customer.addValueChangeListener(change -> loadChoices(change.getValue(), Set.of()));
        workloads.addValueChangeListener(change -> workloads.setInvalid(false));

        FormLayout layout = getContent();
        layout.add(formError, customer, title, option, workloads, goal, engineers, targetGoLive);
        layout.setColspan(formError, 2);
        layout.setColspan(option, 2);
        layout.setColspan(goal, 2);
        layout.setColspan(workloads, 2);
        for (Phase phase : Phase.values()) {
            DatePicker picker = new DatePicker("Planned end of " + phase.label());
            plannedEnds.put(phase, picker);
            layout.add(picker);
        }
        binder.setBean(new Bean());
    }

    private void loadChoices(Organisation organisation, Set<WorkloadCode> selected) {
        if (organisation == null) {
            workloads.setItems(List.of());
            return;
        }
        Set<WorkloadCode> keep = selected.isEmpty()
                ? workloads.getValue().stream().map(WorkloadChoice::code).collect(Collectors.toSet()) : selected;
        List<WorkloadChoice> items = choices.apply(organisation.id());
        workloads.setItems(items);
        workloads.setValue(items.stream().filter(choice -> keep.contains(choice.code())).collect(Collectors.toSet()));
    }

    /** Fills the form from an existing engagement; its customer cannot change. */
    void edit(EngagementDetails details) {
        Engagement engagement = details.engagement();
        Bean bean = new Bean();
        bean.customer = details.customer();
        bean.title = engagement.title();
        bean.goal = engagement.goal();
        bean.option = engagement.option();
        bean.engineers = Set.copyOf(details.engineers());
        binder.setBean(bean);
        customer.setItems(List.of(details.customer()));
        customer.setValue(details.customer());
        customer.setReadOnly(true);
        loadChoices(details.customer(), engagement.workloads());
        targetGoLive.setValue(engagement.targetGoLive());
        plannedEnds.forEach((phase, picker) -> picker.setValue(engagement.plannedEnds().get(phase)));
    }

    /**
     * Puts a draft's values into the fields, keeping the customer and the engineers: after a conflict, the form the
     * user edits on.
     */
    void fill(EngagementDraft draft) {
        Bean bean = binder.getBean();
        bean.title = draft.title();
        bean.goal = draft.goal();
        bean.option = draft.option();
        bean.workloads = workloads.getListDataView().getItems()
                .filter(choice -> draft.workloads().contains(choice.code())).collect(Collectors.toSet());
        binder.refreshFields();
        targetGoLive.setValue(draft.targetGoLive());
        plannedEnds.forEach((phase, picker) -> picker.setValue(draft.plannedEnds().get(phase)));
    }

    /** A workload's name as the form offers it, or its code when the form does not know it. */
    String workloadName(WorkloadCode code) {
        return workloads.getListDataView().getItems().filter(choice -> choice.code().equals(code))
                .map(WorkloadChoice::name).findFirst().orElse(code.value());
    }

    /** The draft, or empty when a field is invalid (its message is then shown next to it). */
    Optional<EngagementDraft> draft() {
        formError.setText("");
        targetGoLive.setInvalid(false);
        plannedEnds.values().forEach(picker -> picker.setInvalid(false));
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean bean = binder.getBean();
        Map<Phase, java.time.LocalDate> ends = new EnumMap<>(Phase.class);
        plannedEnds.forEach((phase, picker) -> Optional.ofNullable(picker.getValue())
                .ifPresent(date -> ends.put(phase, date)));
        return Optional.of(new EngagementDraft(bean.customer.id(), bean.title, bean.goal, bean.option,
                bean.workloads.stream().map(WorkloadChoice::code).collect(Collectors.toSet()),
                bean.engineers.stream().map(EngagementDetails.Person::id).collect(Collectors.toSet()),
                targetGoLive.getValue(), ends));
    }

    void showWorkloadError(String message) {
        workloads.setErrorMessage(message);
        workloads.setInvalid(true);
    }

    void showError(String message) {
        formError.setText(message);
    }

    /** A refusal next to the field it names (a date out of order, a title too long), otherwise above the form. */
    void showRefusal(DomainException refused) {
        if (!FieldErrors.show(this, refused)) {
            showError(refused.getMessage());
        }
    }

}
