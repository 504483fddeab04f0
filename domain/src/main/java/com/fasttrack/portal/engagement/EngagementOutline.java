package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.HealthColour;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An engagement with what its page shows around it, read in one go within a scope: the customer, the workloads with
 * their availability in the customer's region, the names of the people its record names (engineers, who moved a
 * phase), its open blockers counted as the reader may see them and as customers may, the "next" date of its
 * latest check-in, the health stored with it, and the partner organisation engaged on it (its match accepted or
 * engaged: the one the partner scope lets in), if any.
 */
public record EngagementOutline(Engagement engagement, Organisation customer, List<Workload> workloads,
                                Map<UserId, String> names, long openBlockers, long sharedOpenBlockers,
                                @Nullable LocalDate latestNextCheckIn, StoredHealth health,
                                @Nullable EngagedPartner engagedPartner) {

    public EngagementOutline {
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(customer, "customer");
        workloads = List.copyOf(workloads);
        names = Map.copyOf(names);
        Objects.requireNonNull(health, "health");
    }

    /**
     * When the next check-in is due: the latest check-in's "next" date, or without check-ins the start (in the
     * portal's zone) plus the cadence, as {@code CheckIns.nextDue} decides it.
     */
    public LocalDate nextCheckInDue(ZoneId zone) {
        return latestNextCheckIn != null ? latestNextCheckIn
                : LocalDate.ofInstant(engagement.createdAt(), zone).plus(engagement.cadence().period());
    }

    /**
     * The health stored with the engagement as its columns hold it: the colour shown, the computed one, the score, the
     * reasons and an engineer's override (all override fields set, or none). The health feature makes its own value
     * of it; the engagement cannot name the health feature's types (it stands below it).
     */
    public record StoredHealth(HealthColour colour, HealthColour computed, int score, List<String> reasons,
                               @Nullable HealthColour overrideColour, @Nullable String overrideReason,
                               @Nullable UserId overrideBy, @Nullable String overrideByName,
                               @Nullable LocalDate overrideUntil) {

        public StoredHealth {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(computed, "computed");
            reasons = List.copyOf(reasons);
        }
    }

    /** The partner organisation engaged on the engagement, named as its accepted proposal names it. */
    public record EngagedPartner(OrganisationId organisation, String name) {

        public EngagedPartner {
            Objects.requireNonNull(organisation, "organisation");
            Objects.requireNonNull(name, "name");
        }
    }

    /** One of the engagement's workloads (catalogue order) and its availability in the customer's region. */
    public record Workload(WorkloadCode code, String name, RegionalAvailability availability) {
    }
}
