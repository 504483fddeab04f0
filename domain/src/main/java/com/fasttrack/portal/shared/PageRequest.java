package com.fasttrack.portal.shared;

import java.util.List;

/** A page of a list, requested by offset and limit with an ordered list of sort keys; framework-free. */
public record PageRequest(int offset, int limit, List<SortKey> sort) {

    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        sort = List.copyOf(sort);
    }

    public static PageRequest of(int offset, int limit) {
        return new PageRequest(offset, limit, List.of());
    }

    public PageRequest sortedBy(SortKey... keys) {
        return new PageRequest(offset, limit, List.of(keys));
    }

    /** One sort key: a property name the port understands and a direction. */
    public record SortKey(String property, boolean ascending) {

        public static SortKey asc(String property) {
            return new SortKey(property, true);
        }

        public static SortKey desc(String property) {
            return new SortKey(property, false);
        }
    }
}
