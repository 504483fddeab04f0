package com.fasttrack.portal.backlog.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.backlog.Assignee;
import com.fasttrack.portal.backlog.AssigneeNotOnEngagementException;
import com.fasttrack.portal.backlog.BacklogItem;
import com.fasttrack.portal.backlog.BacklogStatus;
import com.fasttrack.portal.backlog.service.BacklogDraft;
import com.fasttrack.portal.engagement.WorkloadArea;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.function.Consumer;

/** Creates or edits a backlog item; stays open with the reason when saving is refused. */
final class BacklogItemDialog extends Dialog {

    final TextField title = new TextField("Title");
    final Select<WorkloadCode> workload = new Select<>();
    final ComboBox<Assignee> assignee = new ComboBox<>("Assignee");
    final TextField release = new TextField("Release");
    final IntegerField iteration = new IntegerField("Iteration");
    final IntegerField estimate = new IntegerField("Estimate (points)");
    final Select<BacklogStatus> status = new Select<>();
    final Button save = new Button("Save");
    final Paragraph error = new Paragraph();

    BacklogItemDialog(@Nullable BacklogItem existing, List<WorkloadArea> workloads, List<Assignee> assignees,
                      Consumer<BacklogDraft> onSave) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        setId("backlog-dialog");
        setHeaderTitle(existing == null ? "New backlog item" : "Edit " + existing.title());
        title.setId("backlog-title");
        TextLimits.say(title, BacklogItem.TITLE_MAX);
        workload.setLabel("Workload");
        workload.setItems(workloads.stream().map(WorkloadArea::code).toList());
        workload.setItemLabelGenerator(code -> workloads.stream().filter(w -> w.code().equals(code))
                .map(WorkloadArea::name).findFirst().orElse(code.value()));
        // only the engagement's people are offered; an item whose assignee has left keeps the field empty, saying so
        assignee.setItems(assignees);
        assignee.setItemLabelGenerator(a -> a.name() + " (" + a.kind().label() + ")");
        release.setValue("Release 1");
        iteration.setValue(1);
        iteration.setMin(1);
        iteration.setMax(BacklogItem.MAX_ITERATION);
        estimate.setValue(3);
        estimate.setMin(0);
        estimate.setMax(BacklogItem.MAX_ESTIMATE);
        status.setLabel("Status");
        status.setItems(BacklogStatus.values());
        status.setItemLabelGenerator(BacklogStatus::label);
        status.setValue(BacklogStatus.TODO);
        status.setVisible(existing != null);
        if (existing != null) {
            title.setValue(existing.title());
            workload.setValue(existing.workload());
            assignees.stream().filter(existing.assignee()::sameAs).findFirst().ifPresentOrElse(assignee::setValue,
                    () -> refuse(new AssigneeNotOnEngagementException(existing.assignee())));
            release.setValue(existing.release());
            iteration.setValue(existing.iteration());
            estimate.setValue(existing.estimate());
            status.setValue(existing.status());
        }
        error.addClassName("ft-form-error");
        error.setVisible(false);
        add(new FormLayout(title, workload, assignee, release, iteration, estimate, status), error);
        save.setId("save-backlog-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                onSave.accept(new BacklogDraft(title.getValue(), workload.getValue(), assignee.getValue(),
                        release.getValue(), iteration.getValue() == null ? 0 : iteration.getValue(),
                        estimate.getValue() == null ? -1 : estimate.getValue(), status.getValue()));
                close();
            } catch (AssigneeNotOnEngagementException refused) {
                refuse(refused);
            } catch (DomainException refused) {
                error.setText(refused.getMessage());
                error.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void refuse(AssigneeNotOnEngagementException refused) {
        assignee.setErrorMessage(refused.getMessage());
        assignee.setInvalid(true);
    }
}
