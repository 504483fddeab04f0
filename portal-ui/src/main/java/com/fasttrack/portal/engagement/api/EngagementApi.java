package com.fasttrack.portal.engagement.api;

import com.fasttrack.portal.engagement.EngagementFilter;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.EngagementStatus;
import com.fasttrack.portal.engagement.EngagementSummary;
import com.fasttrack.portal.engagement.Phase;
import com.fasttrack.portal.engagement.service.EngagementService;
import com.fasttrack.portal.InvalidParameterException;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.PageResult;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Read access for integrations. Same services as the screens, so the same scope: a customer gets its
 * organisation's engagements, and a foreign id answers 404 exactly like a missing one.
 */
@RestController
@RequestMapping("/api/engagements")
@Tag(name = "Engagements", description = "Engagements the caller may see")
class EngagementApi {

    private static final int MAX_LIMIT = 200;
    private static final int MAX_QUERY = 200;

    private final EngagementService engagements;

    EngagementApi(EngagementService engagements) {
        this.engagements = engagements;
    }

    @GetMapping
    @Operation(summary = "One page of the engagements in the caller's scope, filtered and sorted by the database")
    PageJson<EngagementJson> list(
            @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "1 to 200") @RequestParam(defaultValue = "50") int limit,
            @Parameter(description = "Text in title, goal or customer name (at most 200 characters, no control characters)") @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) Phase phase,
            @RequestParam(required = false) EngagementStatus status) {
        PageRequest page = new PageRequest(InvalidParameterException.between("offset", offset, 0, Integer.MAX_VALUE),
                InvalidParameterException.between("limit", limit, 1, MAX_LIMIT), List.of());
        EngagementFilter filter = new EngagementFilter(InvalidParameterException.text("q", q, MAX_QUERY), phase, status,
                null, null, null);
        PageResult<EngagementSummary> result = engagements.page(filter, page);
        return new PageJson<>(result.items().stream().map(EngagementJson::of).toList(), page.offset(), page.limit(),
                result.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One engagement with its stakeholders, checklists, transitions and health")
    EngagementDetailJson get(@PathVariable String id) {
        return EngagementDetailJson.of(engagements.details(engagementId(id)));
    }

    /** A path id that is no UUID at all is the caller's mistake (400); a well-formed unknown one is not found. */
    private static EngagementId engagementId(String id) {
        return EngagementId.parse(id).orElseThrow(() -> new InvalidParameterException("id", "must be a UUID"));
    }
}
