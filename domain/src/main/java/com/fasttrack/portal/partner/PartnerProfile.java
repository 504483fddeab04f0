package com.fasttrack.portal.partner;

import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.DomainException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.Comparator;
import java.util.Collections;

/**
 * What the directory knows about a partner organisation: its type, the regions it serves, its workload
 * specialties and its capacity (the most engagements it takes on at once).
 */
public record PartnerProfile(OrganisationId organisationId, long version, PartnerType type, Set<Region> regions,
                             Set<WorkloadCode> specialties, int capacity) {

    public static final int MAX_CAPACITY = 100;

    public PartnerProfile {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(type, "type");
        if (regions == null || regions.isEmpty()) {
            throw new DomainException("A partner serves at least one region");
        }
        if (specialties == null || specialties.isEmpty()) {
            throw new DomainException("A partner has at least one workload specialty");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new DomainException("Capacity must be between 1 and " + MAX_CAPACITY + " concurrent engagements");
        }
        regions = Collections.unmodifiableSet(EnumSet.copyOf(regions));
        TreeSet<WorkloadCode> sorted = new TreeSet<>(Comparator.comparing(WorkloadCode::value));
        sorted.addAll(specialties);
        specialties = Collections.unmodifiableSet(sorted);
    }

    public static PartnerProfile create(OrganisationId organisation, PartnerType type, Collection<Region> regions,
                                        Collection<WorkloadCode> specialties, int capacity) {
        return new PartnerProfile(organisation, 0, type, Set.copyOf(regions), Set.copyOf(specialties), capacity);
    }

    public PartnerProfile edit(PartnerType newType, Collection<Region> newRegions,
                               Collection<WorkloadCode> newSpecialties, int newCapacity) {
        return new PartnerProfile(organisationId, version, newType, Set.copyOf(newRegions),
                Set.copyOf(newSpecialties), newCapacity);
    }

    public boolean serves(Region region) {
        return regions.contains(region);
    }
}
