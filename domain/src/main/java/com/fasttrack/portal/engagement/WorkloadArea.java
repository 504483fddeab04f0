package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Region;
import com.fasttrack.portal.shared.Require;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** A workload area of the catalogue (e.g. "SAP on Azure") with its availability per region. */
public record WorkloadArea(WorkloadCode code, long version, String name, Map<Region, RegionalAvailability> regions) {

    public static final int NAME_MAX = 120;

    public WorkloadArea {
        Objects.requireNonNull(code, "code");
        name = Require.nonBlank(name, "Name", NAME_MAX);
        EnumMap<Region, RegionalAvailability> copy = new EnumMap<>(Region.class);
        copy.putAll(regions);
        regions = Map.copyOf(copy);
    }

    /** The availability in a region; a region the catalogue does not list is unavailable. */
    public RegionalAvailability in(Region region) {
        return regions.getOrDefault(region, RegionalAvailability.UNAVAILABLE);
    }

    public Availability availabilityOn(Region region, LocalDate day) {
        return in(region).on(day);
    }

    public boolean isPreviewIn(Region region, LocalDate day) {
        return availabilityOn(region, day) == Availability.PREVIEW;
    }

    public WorkloadArea withAvailability(Region region, RegionalAvailability availability) {
        EnumMap<Region, RegionalAvailability> copy = new EnumMap<>(Region.class);
        copy.putAll(regions);
        copy.put(region, availability);
        return new WorkloadArea(code, version, name, copy);
    }
}
