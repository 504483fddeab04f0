package com.fasttrack.portal.portfolio.service;

import com.fasttrack.portal.portfolio.Dimension;
import com.fasttrack.portal.portfolio.PortfolioCounts;
import com.fasttrack.portal.portfolio.PortfolioRow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An engineer's or program manager's home: counts, engagements worst first, and (for PMs) distributions. */
public record PortfolioOverview(PortfolioCounts counts, List<PortfolioRow> rows,
                                Map<Dimension, LinkedHashMap<String, Long>> distributions) {

    public PortfolioOverview {
        rows = List.copyOf(rows);
        distributions = Map.copyOf(distributions);
    }
}
