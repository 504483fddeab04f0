package com.fasttrack.portal.engagement;

/** One line of a phase's checklist as it stands now. */
public record ChecklistEntry(ChecklistItem item, boolean done) {
}
