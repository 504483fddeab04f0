package com.fasttrack.portal.demo.scale;

/**
 * How much the scale data set holds. {@link #FULL} is issue 14's size; tests seed a {@link #scaledDown(int)} copy
 * through the same code. The long engagement's parts are counted in the totals.
 */
public record ScaleDataSet(String name, int customers, int engagements, int engineers, int busyEngineerEngagements,
                           int partners, int checkIns, int blockers, int activities, int notifications,
                           int longCheckIns, int longBlockers, int longActivities) {

    /** The size issue 14 asks for. */
    public static final ScaleDataSet FULL = new ScaleDataSet("full", 1_000, 10_000, 20, 2_000, 100, 200_000, 50_000,
            100_000, 20_000, 500, 200, 5_000);

    /** The title of the engagement with the longest history, to find it in the list. */
    public static final String LONG_ENGAGEMENT_TITLE = "Scale: long engagement";

    public ScaleDataSet {
        if (engagements < 2 || customers < 1 || engineers < 2 || partners < 1) {
            throw new IllegalArgumentException("A scale data set needs two engagements, a customer, two engineers "
                    + "and a partner");
        }
        if (busyEngineerEngagements > engagements || longCheckIns > checkIns || longBlockers > blockers
                || longActivities > activities) {
            throw new IllegalArgumentException("A part cannot be larger than its whole");
        }
    }

    /** The full size divided by {@code divisor} (at least the minimum of every count). */
    public static ScaleDataSet scaledDown(int divisor) {
        return new ScaleDataSet("1/" + divisor, Math.max(1, FULL.customers / divisor),
                Math.max(2, FULL.engagements / divisor), Math.max(2, FULL.engineers / divisor),
                FULL.busyEngineerEngagements / divisor, Math.max(1, FULL.partners / divisor),
                FULL.checkIns / divisor, FULL.blockers / divisor, FULL.activities / divisor,
                FULL.notifications / divisor, FULL.longCheckIns / divisor, FULL.longBlockers / divisor,
                FULL.longActivities / divisor);
    }

    /** Engagement {@code index}'s share of a total whose long engagement (index 0) takes {@code longPart}. */
    static int share(int total, int longPart, int index, int engagements) {
        if (index == 0) {
            return longPart;
        }
        int rest = total - longPart;
        int others = engagements - 1;
        return rest / others + (index - 1 < rest % others ? 1 : 0);
    }

    /** Every {@code n}-th engagement is the busy engineer's, the long one included. */
    boolean busyEngineerOn(int index) {
        return busyEngineerEngagements > 0 && index % Math.max(1, engagements / busyEngineerEngagements) == 0
                && index / Math.max(1, engagements / busyEngineerEngagements) < busyEngineerEngagements;
    }
}
