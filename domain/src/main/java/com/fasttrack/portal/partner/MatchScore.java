package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.Region;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * The explainable score of one candidate for one request, 0–100, the sum of four components:
 * <pre>
 * coverage = round(50 × |requested workloads ∩ specialties| / |requested workloads|)
 * region   = 20 if the partner's home region is the customer's region,
 *            10 if it serves the customer's region from elsewhere
 *            (a partner that does not serve the region is excluded, not scored)
 * type     = 15 if no type is preferred or the partner is of the preferred type, else 0
 * capacity = round(15 × free capacity / capacity), free capacity = capacity − active engagements
 *            (a partner with no free capacity is excluded, not scored)
 * total    = coverage + region + type + capacity
 * </pre>
 * Candidates are ranked by total (highest first), then by organisation name (case-insensitive), then by id, so that
 * equal scores always come out in the same order. See decision 006.
 */
public record MatchScore(int coverage, int region, int type, int capacity) {

    public static final int COVERAGE_WEIGHT = 50;
    public static final int REGION_WEIGHT = 20;
    public static final int REGION_SERVED_REMOTELY = 10;
    public static final int TYPE_WEIGHT = 15;
    public static final int CAPACITY_WEIGHT = 15;

    public MatchScore {
        check(coverage, COVERAGE_WEIGHT, "coverage");
        check(region, REGION_WEIGHT, "region");
        check(type, TYPE_WEIGHT, "type");
        check(capacity, CAPACITY_WEIGHT, "capacity");
    }

    private static void check(int value, int max, String name) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be between 0 and " + max);
        }
    }

    /** Scores a candidate that is not excluded; {@link MatchRanking} decides exclusions first. */
    public static MatchScore of(PartnerCandidate candidate, Set<WorkloadCode> requested, Region customerRegion,
                                @Nullable PartnerType preferredType) {
        PartnerProfile profile = candidate.profile();
        long covered = requested.stream().filter(profile.specialties()::contains).count();
        int coverage = requested.isEmpty() ? 0
                : (int) Math.round((double) COVERAGE_WEIGHT * covered / requested.size());
        int region = candidate.homeRegion() == customerRegion ? REGION_WEIGHT
                : profile.serves(customerRegion) ? REGION_SERVED_REMOTELY : 0;
        int type = preferredType == null || preferredType == profile.type() ? TYPE_WEIGHT : 0;
        int capacity = (int) Math.round((double) CAPACITY_WEIGHT * candidate.freeCapacity() / profile.capacity());
        return new MatchScore(coverage, region, type, capacity);
    }

    public int total() {
        return coverage + region + type + capacity;
    }

    /** The breakdown as a user reads it, e.g. "coverage 25/50 · region 20/20 · type 15/15 · capacity 10/15". */
    public String explain() {
        return "coverage " + coverage + "/" + COVERAGE_WEIGHT + " · region " + region + "/" + REGION_WEIGHT
                + " · type " + type + "/" + TYPE_WEIGHT + " · capacity " + capacity + "/" + CAPACITY_WEIGHT;
    }
}
