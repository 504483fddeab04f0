package com.fasttrack.portal.report;

import com.fasttrack.portal.portfolio.PortfolioRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The engagements in the viewer's scope, one row each, as the portfolio dashboard lists them. Blocker counts are
 * already limited to what the viewer may see.
 */
public record PortfolioReport(Instant generatedAt, String generatedBy, LocalDate asOf, List<PortfolioRow> rows) {

    public PortfolioReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(asOf, "asOf");
        rows = List.copyOf(rows);
    }
}
