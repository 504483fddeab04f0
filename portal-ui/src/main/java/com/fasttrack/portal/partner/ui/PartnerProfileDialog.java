package com.fasttrack.portal.partner.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.partner.PartnerCandidate;
import com.fasttrack.portal.partner.PartnerType;
import com.fasttrack.portal.partner.service.PartnerProfileDraft;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates a partner organisation's profile or edits it: type, regions served, workload specialties, capacity.
 * Stays open with the reason when saving is refused.
 */
class PartnerProfileDialog extends Dialog {

    /** Stores the profile for the organisation, or refuses with a {@link DomainException}. */
    @FunctionalInterface
    interface SaveAction {
        void save(Organisation organisation, PartnerProfileDraft draft);
    }

    final ComboBox<Organisation> organisation = new ComboBox<>("Partner organisation");
    final Select<PartnerType> type = new Select<>();
    final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>("Regions served");
    final MultiSelectComboBox<WorkloadCode> specialties = new MultiSelectComboBox<>("Workload specialties");
    final IntegerField capacity = new IntegerField("Capacity (concurrent engagements)");
    final Button save = new Button("Save");
    final Paragraph error = new Paragraph();

    PartnerProfileDialog(@Nullable PartnerCandidate existing, List<Organisation> organisations,
                         List<WorkloadArea> workloads, SaveAction action, Runnable onSaved) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setId("partner-dialog");
        setHeaderTitle(existing == null ? "New partner profile" : "Edit " + existing.name());
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setRequired(true);
        type.setLabel("Partner type");
        type.setItems(PartnerType.values());
        type.setItemLabelGenerator(PartnerType::label);
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(Region::displayName);
        Map<WorkloadCode, String> names = workloads.stream()
                .collect(Collectors.toMap(WorkloadArea::code, WorkloadArea::name));
        specialties.setItems(workloads.stream().map(WorkloadArea::code).toList());
        specialties.setItemLabelGenerator(code -> names.getOrDefault(code, code.value()));
        capacity.setMin(1);
        capacity.setMax(100);
        capacity.setStepButtonsVisible(true);
        capacity.setValue(3);
        if (existing != null) {
            organisations.stream().filter(o -> o.id().equals(existing.profile().organisationId())).findFirst()
                    .ifPresent(organisation::setValue);
            organisation.setReadOnly(true);
            type.setValue(existing.profile().type());
            regions.setValue(existing.profile().regions());
            specialties.setValue(existing.profile().specialties());
            capacity.setValue(existing.profile().capacity());
        }
        error.addClassName("ft-form-error");
        error.setId("partner-dialog-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(organisation, type, regions, specialties, capacity);
        add(form, error);

        save.setId("save-partner");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                if (organisation.getValue() == null) {
                    throw new DomainException("Choose the partner organisation");
                }
                action.save(organisation.getValue(), new PartnerProfileDraft(type.getValue(),
                        Set.copyOf(regions.getValue()), Set.copyOf(specialties.getValue()),
                        capacity.getValue() == null ? 0 : capacity.getValue()));
                close();
                onSaved.run();
            } catch (DomainException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    static Function<WorkloadCode, String> names(List<WorkloadArea> workloads) {
        Map<WorkloadCode, String> names = workloads.stream()
                .collect(Collectors.toMap(WorkloadArea::code, WorkloadArea::name));
        return code -> names.getOrDefault(code, code.value());
    }
}
