package com.fasttrack.portal.organisation;

import java.util.Arrays;

/** An Azure geography; reference data that the database mirrors in its {@code region} table. */
public enum Region {
    UNITED_STATES("US", "United States"),
    CANADA("CA", "Canada"),
    BRAZIL("BR", "Brazil"),
    UNITED_KINGDOM("UK", "United Kingdom"),
    WESTERN_EUROPE("WEU", "Western Europe"),
    NORTHERN_EUROPE("NEU", "Northern Europe"),
    INDIA("IN", "India"),
    JAPAN("JP", "Japan"),
    AUSTRALIA("AU", "Australia"),
    ASIA_PACIFIC("APAC", "Asia Pacific"),
    MIDDLE_EAST_AFRICA("MEA", "Middle East & Africa");

    private final String code;
    private final String displayName;

    Region(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Region fromCode(String code) {
        return Arrays.stream(values())
                .filter(region -> region.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown region code " + code));
    }
}
