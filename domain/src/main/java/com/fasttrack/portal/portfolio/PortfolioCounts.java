package com.fasttrack.portal.portfolio;

/** The figures an engineer or program manager sees first. */
public record PortfolioCounts(long engagements, long overdueCheckIns, long escalatedBlockers, long checkInsDueThisWeek,
                              long red, long amber, long green) {
}
