package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.engagement.Phase;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A three-way comparison of an engagement edit: what the user loaded (base), what the user typed (mine) and what is
 * stored now (theirs), field by field. It decides nothing by itself; it tells the user which edits clash and builds
 * the drafts for re-applying or for editing on.
 */
public final class EngagementComparison {

    /** How a field differs. */
    public enum Outcome {
        /** Neither changed it. */
        UNCHANGED,
        /** Only the user changed it: re-applying keeps it. */
        MINE_ONLY,
        /** Only the other person changed it. */
        THEIRS_ONLY,
        /** Both changed it to the same value. */
        SAME_CHANGE,
        /** Both changed it, to different values. */
        CLASH
    }

    /** One field with its three values. */
    public record Difference(EngagementField field, Outcome outcome, @Nullable Object base, @Nullable Object mine,
                             @Nullable Object theirs) {
    }

    private final EngagementDraft mine;
    private final EngagementDraft theirs;
    private final Map<EngagementField, Difference> differences = new EnumMap<>(EngagementField.class);

    private EngagementComparison(EngagementDraft base, EngagementDraft mine, EngagementDraft theirs) {
        this.mine = mine;
        this.theirs = theirs;
        for (EngagementField field : EngagementField.values()) {
            Object was = field.in(base);
            Object typed = field.in(mine);
            Object stored = field.in(theirs);
            differences.put(field, new Difference(field, outcome(was, typed, stored), was, typed, stored));
        }
    }

    public static EngagementComparison of(EngagementDraft base, EngagementDraft mine, EngagementDraft theirs) {
        return new EngagementComparison(base, mine, theirs);
    }

    private static Outcome outcome(@Nullable Object base, @Nullable Object mine, @Nullable Object theirs) {
        boolean iChanged = !Objects.equals(base, mine);
        boolean theyChanged = !Objects.equals(base, theirs);
        if (iChanged && theyChanged) {
            return Objects.equals(mine, theirs) ? Outcome.SAME_CHANGE : Outcome.CLASH;
        }
        return iChanged ? Outcome.MINE_ONLY : theyChanged ? Outcome.THEIRS_ONLY : Outcome.UNCHANGED;
    }

    /** Every field, in the form's order. */
    public List<Difference> fields() {
        return List.copyOf(differences.values());
    }

    public Outcome outcome(EngagementField field) {
        return differences.get(field).outcome();
    }

    public List<Difference> clashes() {
        return with(Outcome.CLASH);
    }

    /** The user's edits that clash with nothing. */
    public List<Difference> mineOnly() {
        return with(Outcome.MINE_ONLY);
    }

    public List<Difference> theirsOnly() {
        return with(Outcome.THEIRS_ONLY);
    }

    private List<Difference> with(Outcome outcome) {
        List<Difference> matching = new ArrayList<>();
        differences.values().stream().filter(d -> d.outcome() == outcome).forEach(matching::add);
        return matching;
    }

    /** The stored record with the user's non-clashing edits on top; clashing fields keep the stored values. */
    public EngagementDraft reapplied() {
        return merged(outcome -> outcome == Outcome.MINE_ONLY);
    }

    /**
     * The stored record with every field the user changed kept as typed, clashing ones too: the form to edit on
     * from the current version, so that saving it again overwrites the clash knowingly.
     */
    public EngagementDraft rebased() {
        return merged(outcome -> outcome == Outcome.MINE_ONLY || outcome == Outcome.CLASH);
    }

    private EngagementDraft merged(Predicate<Outcome> keepMine) {
        Function<EngagementField, EngagementDraft> from = field -> keepMine.test(outcome(field)) ? mine : theirs;
        Map<Phase, LocalDate> ends = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            LocalDate end = from.apply(EngagementField.plannedEndOf(phase)).plannedEnds().get(phase);
            if (end != null) {
                ends.put(phase, end);
            }
        }
        return new EngagementDraft(theirs.customerId(), from.apply(EngagementField.TITLE).title(),
                from.apply(EngagementField.GOAL).goal(), from.apply(EngagementField.OPTION).option(),
                from.apply(EngagementField.WORKLOADS).workloads(), theirs.engineers(),
                from.apply(EngagementField.TARGET_GO_LIVE).targetGoLive(), ends);
    }
}
