package com.fasttrack.portal.engagement;

import com.fasttrack.portal.organisation.Region;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workload catalogue as the source page states it (FastTrack for Azure's workload list). The first
 * migration inserts exactly this; a persistence test keeps the two in step.
 */
public final class StandardCatalogue {

    /** "High-performance computing: limited preview in United States, Canada, United Kingdom and Western Europe." */
    public static final Set<Region> HPC_PREVIEW = EnumSet.of(Region.UNITED_STATES, Region.CANADA,
            Region.UNITED_KINGDOM, Region.WESTERN_EUROPE);
    /** "Cloud-scale analytics and intelligent agents: limited preview in United Kingdom and Western Europe." */
    public static final Set<Region> UK_WEU_PREVIEW = EnumSet.of(Region.UNITED_KINGDOM, Region.WESTERN_EUROPE);
    /** "IoT: available in H2 2019." */
    public static final LocalDate IOT_FROM = LocalDate.of(2019, 7, 1);

    private StandardCatalogue() {
    }

    public static List<WorkloadArea> areas() {
        return List.of(
                everywhere("DC_MIGRATION", "DC migration"),
                everywhere("WINDOWS_SERVER", "Windows Server on Azure"),
                everywhere("LINUX", "Linux on Azure"),
                everywhere("SAP", "SAP on Azure"),
                everywhere("BCDR", "Business continuity & disaster recovery"),
                previewIn("HPC", "High-performance computing", HPC_PREVIEW),
                everywhere("CLOUD_NATIVE", "Cloud-native apps"),
                everywhere("DEVOPS", "DevOps"),
                everywhere("APP_MODERNIZATION", "App modernization"),
                previewIn("CLOUD_SCALE_ANALYTICS", "Cloud-scale analytics", UK_WEU_PREVIEW),
                everywhere("INTELLIGENT_APPS", "Intelligent apps"),
                previewIn("INTELLIGENT_AGENTS", "Intelligent agents", UK_WEU_PREVIEW),
                everywhere("DATA_MODERNIZATION", "Data modernization to Azure"),
                everywhere("SECURITY_MANAGEMENT", "Security & management"),
                everywhere("GLOBALLY_DISTRIBUTED_DATA", "Globally distributed data"),
                from("IOT", "IoT", IOT_FROM));
    }

    private static WorkloadArea everywhere(String code, String name) {
        return area(code, name, region -> new RegionalAvailability(Availability.AVAILABLE, null));
    }

    private static WorkloadArea previewIn(String code, String name, Set<Region> regions) {
        return area(code, name, region -> regions.contains(region)
                ? new RegionalAvailability(Availability.PREVIEW, null) : RegionalAvailability.UNAVAILABLE);
    }

    private static WorkloadArea from(String code, String name, LocalDate date) {
        return area(code, name, region -> new RegionalAvailability(Availability.AVAILABLE, date));
    }

    private static WorkloadArea area(String code, String name,
                                     java.util.function.Function<Region, RegionalAvailability> rule) {
        Map<Region, RegionalAvailability> regions = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            regions.put(region, rule.apply(region));
        }
        return new WorkloadArea(new WorkloadCode(code), 0, name, regions);
    }
}
