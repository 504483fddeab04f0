package com.fasttrack.portal.engagement.ui;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.service.EngagementDetails;
import com.fasttrack.portal.engagement.service.EngagementService;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Opens the engagement page's editors of the record (its fields, its goal) and remembers the open one, so that a
 * live update can tell it that someone else has just saved.
 */
final class EngagementEditors {

    private final EngagementService engagements;
    private final Runnable reload;
    private @Nullable EngagementEditDialog open;

    EngagementEditors(EngagementService engagements, Runnable reload) {
        this.engagements = engagements;
        this.reload = reload;
    }

    void editFields(EngagementDetails details) {
        EngagementId id = details.engagement().id();
        open(new EditEngagementDialog(details, engagements::workloadChoices, (version, draft) -> {
            engagements.update(id, version, draft);
            reload.run();
        }, reload));
    }

    void editGoal(EngagementDetails details) {
        EngagementId id = details.engagement().id();
        open(new GoalDialog(details, (version, draft) -> {
            engagements.describeGoal(id, version, draft.goal());
            reload.run();
        }, reload));
    }

    private void open(EngagementEditDialog editor) {
        open = editor;
        editor.addOpenedChangeListener(change -> {
            if (!change.isOpened() && open == editor) {
                open = null;
            }
        });
        editor.open();
    }

    /** Warns the open editor, if any, that someone else has just saved the engagement. */
    void recordChangedElsewhere(String byName, Instant at) {
        if (open != null) {
            open.recordChangedElsewhere(byName, at);
        }
    }
}
