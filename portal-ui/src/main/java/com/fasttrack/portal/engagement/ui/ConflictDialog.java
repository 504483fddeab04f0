package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.PartnershipOption;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementComparison;
import com.fasttrack.portal.engagement.service.EngagementComparison.Difference;
import com.fasttrack.portal.engagement.service.EngagementConflictException;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * After a refused save: who changed the engagement and when, the user's edits that clash with the new values (side by
 * side) and those that do not, and the three ways on: re-apply the non-clashing edits, keep editing on the current
 * version, or discard. Nothing the user typed is lost until they choose to discard it.
 */
final class ConflictDialog extends Dialog {


    /** What the editor does for each choice. */
    record Choices(Runnable reapply, Runnable keepEditing, Runnable discard) {
    }

    final Button reapply = new Button("Re-apply my other changes");
    final Button keepEditing = new Button("Keep editing");
    final Button discard = new Button("Discard my changes");

    ConflictDialog(EngagementConflictException conflict, EngagementComparison comparison,
                   Function<WorkloadCode, String> workloadNames, Choices choices) {
        setId("conflict-dialog");
        setHeaderTitle("Someone else saved this engagement first");
        setWidth("48rem");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        String who = conflict.changedBy();
        Paragraph summary = new Paragraph(who + " changed this engagement"
                + conflict.changedAt().map(at -> " at " + Times.at(at)).orElse("")
                + ". Nothing of yours was saved yet; what you typed is kept.");
        summary.setId("conflict-summary");
        add(summary);
        Function<@Nullable Object, String> text = value -> text(value, workloadNames);

        List<Difference> clashes = comparison.clashes();
        if (!clashes.isEmpty()) {
            add(new H4("Clashing changes"), new Paragraph("You and " + who + " both changed these. Re-applying keeps "
                    + who + "'s values; to keep yours, keep editing and save again."));
            Div table = new Div(cell("Field", "ft-conflict-head"), cell("Yours", "ft-conflict-head"),
                    cell(who + "'s", "ft-conflict-head"));
            table.addClassName("ft-conflict-table");
            table.setId("conflict-clashes");
            for (Difference clash : clashes) {
                Div row = new Div(cell(clash.field().label(), "ft-muted"), cell(text.apply(clash.mine()), ""),
                        cell(text.apply(clash.theirs()), ""));
                row.addClassName("ft-conflict-row");
                row.setId("conflict-clash-" + clash.field().key());
                table.add(row);
            }
            add(table);
        }
        list("Your other changes (no clash)", "conflict-mine-", comparison.mineOnly(), Difference::mine, text);
        list(who + "'s other changes", "conflict-theirs-", comparison.theirsOnly(), Difference::theirs, text);

        reapply.setId("conflict-reapply");
        reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reapply.setEnabled(!comparison.mineOnly().isEmpty());
        reapply.addClickListener(click -> choose(choices.reapply()));
        keepEditing.setId("conflict-keep-editing");
        keepEditing.addClickListener(click -> choose(choices.keepEditing()));
        discard.setId("conflict-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(click -> choose(choices.discard()));
        getFooter().add(discard, keepEditing, reapply);
    }

    private void choose(Runnable choice) {
        close();
        choice.run();
    }

    private void list(String heading, String idPrefix, List<Difference> differences,
                      Function<Difference, @Nullable Object> value, Function<@Nullable Object, String> text) {
        if (differences.isEmpty()) {
            return;
        }
        add(new H4(heading));
        for (Difference difference : differences) {
            Div line = new Div(cell(difference.field().label() + ": ", "ft-muted"),
                    cell(text.apply(value.apply(difference)), ""));
            line.setId(idPrefix + difference.field().key());
            add(line);
        }
    }

    private static Span cell(String content, String className) {
        Span cell = new Span(content);
        cell.addClassName("ft-prewrap");
        if (!className.isEmpty()) {
            cell.addClassName(className);
        }
        return cell;
    }

    /** A field's value as the user reads it: labels and names, never codes; "—" for empty. */
    static String text(@Nullable Object value, Function<WorkloadCode, String> workloadNames) {
        return switch (value) {
            case null -> "—";
            case String string -> string.isBlank() ? "—" : string;
            case PartnershipOption option -> option.label();
            case LocalDate date -> date.toString();
            case Collection<?> workloads when workloads.isEmpty() -> "None";
            case Collection<?> workloads -> workloads.stream()
                    .map(code -> code instanceof WorkloadCode workload ? workloadNames.apply(workload) : code.toString())
                    .sorted().collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
