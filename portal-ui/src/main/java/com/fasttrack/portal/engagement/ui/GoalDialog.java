package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.Engagement;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementDraft;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.ui.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Edits the goal / vision (customers may too); a clash with someone else's save opens the conflict dialog. */
final class GoalDialog extends EngagementEditDialog {

    final TextArea text = new TextArea("Goal / vision");
    private final Span error = new Span();
    private final Map<WorkloadCode, String> workloadNames;

    GoalDialog(EngagementDetails details, Saver saver, Runnable onDiscard) {
        super(details, saver, onDiscard);
        workloadNames = details.workloads().stream()
                .collect(Collectors.toMap(EngagementDetails.Workload::code, EngagementDetails.Workload::name));
        setHeaderTitle("Goal / vision");
        text.setId("goal-text");
        text.setValue(details.engagement().goal());
        TextLimits.say(text, Engagement.GOAL_MAX);
        text.setWidth("40rem");
        text.setMinHeight("10rem");
        error.addClassName("ft-form-error");
        error.setId("goal-error");
        add(error, text);
        Button save = new Button("Save", click -> save());
        save.setId("save-goal");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    @Override
    Optional<EngagementDraft> typed(EngagementDraft base) {
        error.setText("");
        return Optional.of(base.withGoal(text.getValue()));
    }

    @Override
    void show(EngagementDraft draft) {
        text.setValue(draft.goal());
    }

    @Override
    void showRefusal(DomainException refused) {
        error.setText(refused.getMessage());
    }

    @Override
    Function<WorkloadCode, String> workloadNames() {
        return code -> workloadNames.getOrDefault(code, code.value());
    }
}
