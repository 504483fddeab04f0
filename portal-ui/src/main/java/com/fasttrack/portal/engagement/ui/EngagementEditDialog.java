package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.ui.FieldMessages;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.engagement.service.EngagementComparison;
import com.fasttrack.portal.engagement.service.EngagementConflictException;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementDraft;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.ui.Times;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An editor of the engagement record that saves on the version it was opened at. When someone else saved first, it
 * keeps what the user typed and opens the {@link ConflictDialog}; live updates can warn the user earlier through
 * {@link #recordChangedElsewhere}.
 */
abstract class EngagementEditDialog extends Dialog {


    /** Stores a draft on a version; a stale version is an {@link EngagementConflictException}. */
    @FunctionalInterface
    interface Saver {
        void save(long version, EngagementDraft draft);
    }

    final Div banner = new Div();
    private final Saver saver;
    private final Runnable onDiscard;
    private long version;
    private EngagementDraft base;

    EngagementEditDialog(EngagementDetails details, Saver saver, Runnable onDiscard) {
        // the limits the fields enforce by themselves get words, whatever the fields are by the time it opens
        addOpenedChangeListener(opened -> FieldMessages.explain(this));
        this.saver = saver;
        this.onDiscard = onDiscard;
        this.version = details.engagement().version();
        this.base = EngagementDraft.of(details.engagement());
        banner.setId("changed-banner");
        banner.addClassName("ft-changed-banner");
        banner.setVisible(false);
        add(banner);
    }

    /**
     * Someone else has just saved this engagement: shows a banner above the form and leaves every typed value as it
     * is. Saving then meets the conflict and shows what clashes. Meant for live updates (push) to call.
     */
    public void recordChangedElsewhere(String byName, Instant at) {
        banner.setText("This engagement was just changed by " + byName
                + ". What you typed is kept; saving will show you what clashes.");
        banner.getElement().setAttribute("title", "Changed at " + Times.at(at));
        banner.setVisible(true);
    }

    /** What the user typed, on top of the record the editor is based on; empty when a field is invalid. */
    abstract Optional<EngagementDraft> typed(EngagementDraft base);

    /** Puts these values into the editor's fields. */
    abstract void show(EngagementDraft draft);

    /** Shows a refusal of the engagement's rules next to the fields. */
    abstract void showRefusal(DomainException refused);

    /** Workload names for the conflict dialog. */
    abstract Function<WorkloadCode, String> workloadNames();

    /** Saves what the user typed. */
    final void save() {
        typed(base).ifPresent(this::save);
    }

    private void save(EngagementDraft draft) {
        try {
            saver.save(version, draft);
            close();
        } catch (EngagementConflictException conflict) {
            EngagementComparison comparison = EngagementComparison.of(base, draft, conflict.current());
            new ConflictDialog(conflict, comparison, workloadNames(), new ConflictDialog.Choices(
                    () -> reapply(conflict, comparison), () -> keepEditing(conflict, comparison), this::discard))
                    .open();
        } catch (DomainException refused) {
            showRefusal(refused);
        }
    }

    /** Their record plus the user's non-clashing edits, saved on their version; clashing fields keep theirs. */
    private void reapply(EngagementConflictException conflict, EngagementComparison comparison) {
        rebase(conflict);
        EngagementDraft merged = comparison.reapplied();
        show(merged);
        save(merged);
        if (!isOpened()) {
            String kept = comparison.clashes().stream().map(clash -> clash.field().label())
                    .collect(Collectors.joining(", "));
            Notification.show("Your other changes were saved." + (kept.isEmpty() ? ""
                    : " " + kept + " kept " + conflict.changedBy() + "'s version."), 5000,
                    Notification.Position.BOTTOM_START);
        }
    }

    /** The editor now stands on their version: their values where the user changed nothing, the user's elsewhere. */
    private void keepEditing(EngagementConflictException conflict, EngagementComparison comparison) {
        rebase(conflict);
        show(comparison.rebased());
    }

    private void rebase(EngagementConflictException conflict) {
        version = conflict.currentVersion();
        base = conflict.current();
        banner.setVisible(false);
    }

    private void discard() {
        close();
        onDiscard.run();
    }
}
