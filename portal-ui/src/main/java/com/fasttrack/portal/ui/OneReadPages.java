package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A lazy grid whose size and first page come from one read: a grid asks for its size and then, in the same round
 * trip, for the page it shows; the size is answered by reading that page together with the total (the port's
 * {@code count(*) over ()}) and the page is kept for the fetch that follows, which takes it. Pages further down are
 * read on their own (their total is not needed). Whoever changes what the source answers calls {@link #refresh}.
 * Decision 024.
 */
public final class OneReadPages<T> implements Serializable {

    private final Grid<T> grid;
    private final Function<PageRequest, PageResult<T>> source;
    private @Nullable Kept<T> kept;

    private OneReadPages(Grid<T> grid, Function<PageRequest, PageResult<T>> source) {
        this.grid = grid;
        this.source = source;
    }

    /** Gives the grid its items from {@code source}, which reads one page and the total in one go. */
    public static <T> OneReadPages<T> bind(Grid<T> grid, Function<PageRequest, PageResult<T>> source) {
        OneReadPages<T> pages = new OneReadPages<>(grid, source);
        grid.setItems(query -> pages.fetch(Pages.of(query)), query -> pages.count());
        return pages;
    }

    /** Reads again from the first page on (a filter changed): what was kept is not handed out any more. */
    public void refresh() {
        kept = null;
        grid.getDataProvider().refreshAll();
    }

    private int count() {
        PageRequest first = PageRequest.of(0, Math.min(grid.getPageSize(), PageRequest.MAX_LIMIT))
                .sortedBy(sortKeys());
        if (kept != null && kept.request().equals(first)) {
            // asked again before any fetch: a grid's first response has no rows yet (the browser asks for them
            // next), so its data communicator counts once for the page and once for the rows
            return total(kept.result());
        }
        PageResult<T> result = source.apply(first);
        kept = new Kept<>(first, result);
        return total(result);
    }

    private static int total(PageResult<?> result) {
        return (int) Math.min(result.total(), Integer.MAX_VALUE);
    }

    private Stream<T> fetch(PageRequest request) {
        Kept<T> first = kept;
        kept = null;
        if (first != null && first.covers(request)) {
            List<T> items = first.result().items();
            return items.subList(Math.min(request.offset(), items.size()),
                    Math.min(request.offset() + request.limit(), items.size())).stream();
        }
        return source.apply(request).items().stream();
    }

    /** The grid's sort as its data communicator hands it to a fetch. */
    private PageRequest.SortKey[] sortKeys() {
        return grid.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection()))
                .map(OneReadPages::key).toArray(PageRequest.SortKey[]::new);
    }

    private static PageRequest.SortKey key(QuerySortOrder order) {
        return new PageRequest.SortKey(order.getSorted(), order.getDirection() == SortDirection.ASCENDING);
    }

    /** The first page read with the size, until the fetch that follows takes it. */
    private record Kept<T>(PageRequest request, PageResult<T> result) implements Serializable {

        boolean covers(PageRequest other) {
            if (!other.sort().equals(request.sort())) {
                return false;
            }
            boolean complete = result.items().size() < request.limit();
            return complete || other.offset() + other.limit() <= request.limit();
        }
    }
}
