package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.WorkloadUnavailableException;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementDraft;
import com.fasttrack.portal.engagement.service.WorkloadChoice;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.shared.DomainException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Edits the engagement's fields in the engagement form; refusals are shown in the form, next to the field. */
final class EditEngagementDialog extends Dialog {

    final EngagementForm form;
    final Span changedBanner = new Span();

    EditEngagementDialog(EngagementDetails details, Function<OrganisationId, List<WorkloadChoice>> choices,
                         Consumer<EngagementDraft> onSave) {
        setHeaderTitle("Edit engagement");
        setWidth("60rem");
        form = new EngagementForm(List.of(details.customer()), List.of(), choices);
        form.edit(details);
        form.engineers.setVisible(false);
        changedBanner.setId("changed-banner");
        changedBanner.addClassName("ft-changed-banner");
        changedBanner.setVisible(false);
        add(changedBanner, form);
        Button save = new Button("Save changes", click -> form.draft().ifPresent(draft -> {
            try {
                onSave.accept(draft);
                close();
            } catch (WorkloadUnavailableException unavailable) {
                form.showWorkloadError(unavailable.getMessage());
            } catch (DomainException refused) {
                form.showError(refused.getMessage());
            }
        }));
        save.setId("save-engagement");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** The engagement changed elsewhere while this form is open: say so, and leave what the user typed alone. */
    void recordChangedElsewhere(String byName, Instant at) {
        changedBanner.setText("This engagement was just changed by " + byName + " ("
                + DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(at)
                + "). What you typed is kept; saving will show you what clashes.");
        changedBanner.setVisible(true);
    }
}
