package com.fasttrack.portal.shared.jpa;

import com.fasttrack.portal.shared.PageRequest;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import java.util.Map;

/** Translates the domain's framework-free page requests into Spring Data's, whitelisting sortable properties. */
public final class Paging {

    private Paging() {
    }

    /**
     * @param sortable domain sort key → entity property; keys outside it are ignored (never passed into SQL)
     * @param fallback the order used when the request names none, also the tie-breaker for a stable order
     */
    public static Pageable pageable(PageRequest request, Map<String, String> sortable, Sort fallback) {
        Sort sort = Sort.unsorted();
        for (PageRequest.SortKey key : request.sort()) {
            String property = sortable.get(key.property());
            if (property != null) {
                sort = sort.and(key.ascending() ? Sort.by(property).ascending() : Sort.by(property).descending());
            }
        }
        sort = sort.and(fallback);
        return new OffsetPageable(request.offset(), request.limit(), sort);
    }
}
