package com.fasttrack.portal.backlog;

/** How far one release is: items and points, in total and done. */
public record ReleaseProgress(String release, int items, int doneItems, int points, int donePoints) {

    /** Done points over all points (done items over all items when nothing is estimated), 0–100. */
    public int percent() {
        if (points > 0) {
            return (int) Math.round(100.0 * donePoints / points);
        }
        return items == 0 ? 0 : (int) Math.round(100.0 * doneItems / items);
    }
}
