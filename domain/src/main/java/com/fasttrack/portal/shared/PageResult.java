package com.fasttrack.portal.shared;

import java.util.List;

/** One page of a list and how many items match in all, read together (one statement for both). */
public record PageResult<T>(List<T> items, long total) {

    public PageResult {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total must count at least the page's items");
        }
    }
}
