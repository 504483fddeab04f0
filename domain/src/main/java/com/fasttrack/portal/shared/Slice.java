package com.fasttrack.portal.shared;

import java.util.List;
import java.util.function.Function;

/** One page of rows and how many rows there are in all, read together in one statement. */
public record Slice<T>(List<T> rows, long total) {

    public Slice {
        rows = List.copyOf(rows);
        if (total < rows.size()) {
            throw new IllegalArgumentException("total below the rows of the page");
        }
    }

    public static <T> Slice<T> empty() {
        return new Slice<>(List.of(), 0);
    }

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(rows.stream().map(mapper).toList(), total);
    }
}
