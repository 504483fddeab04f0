package com.fasttrack.portal.ui;

import com.fasttrack.portal.shared.PageRequest;

import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;

/** Turns a lazy grid's query into the domain's page request, so no Vaadin type reaches a service. */
public final class Pages {

    private Pages() {
    }

    public static PageRequest of(Query<?, ?> query) {
        PageRequest.SortKey[] keys = query.getSortOrders().stream()
                .map(order -> new PageRequest.SortKey(order.getSorted(),
                        order.getDirection() == SortDirection.ASCENDING))
                .toArray(PageRequest.SortKey[]::new);
        // a grid may ask for "everything" (Integer.MAX_VALUE); the database never hands out more than a page
        return PageRequest.of(query.getOffset(), Math.min(query.getLimit(), PageRequest.MAX_LIMIT)).sortedBy(keys);
    }
}
