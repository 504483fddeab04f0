package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.WorkloadUnavailableException;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementDraft;
import com.fasttrack.portal.engagement.service.WorkloadChoice;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Edits the engagement's fields in the engagement form; refusals are shown in the form, next to the field. */
final class EditEngagementDialog extends EngagementEditDialog {

    final EngagementForm form;

    EditEngagementDialog(EngagementDetails details, Function<OrganisationId, List<WorkloadChoice>> choices,
                         Saver saver, Runnable onDiscard) {
        super(details, saver, onDiscard);
        setHeaderTitle("Edit engagement");
        setWidth("60rem");
        form = new EngagementForm(List.of(details.customer()), List.of(), choices);
        form.edit(details);
        form.engineers.setVisible(false);
        add(form);
        Button save = new Button("Save changes", click -> save());
        save.setId("save-engagement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    @Override
    Optional<EngagementDraft> typed(EngagementDraft base) {
        return form.draft();
    }

    @Override
    void show(EngagementDraft draft) {
        form.fill(draft);
    }

    @Override
    void showRefusal(DomainException refused) {
        if (refused instanceof WorkloadUnavailableException unavailable) {
            form.showWorkloadError(unavailable.getMessage());
        } else {
            form.showRefusal(refused);
        }
    }

    @Override
    Function<WorkloadCode, String> workloadNames() {
        return form::workloadName;
    }
}
