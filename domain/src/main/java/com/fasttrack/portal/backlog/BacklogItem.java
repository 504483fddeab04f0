package com.fasttrack.portal.backlog;

import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.engagement.WorkloadCode;
import com.fasttrack.portal.organisation.OrganisationId;
import com.fasttrack.portal.shared.DomainException;
import com.fasttrack.portal.shared.Require;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A piece of planned work on an engagement: in a release and an iteration, for one of the engagement's workloads,
 * assigned to a customer person, a partner organisation or an engineer, estimated in points.
 */
public record BacklogItem(BacklogItemId id, long version, EngagementId engagementId, String title,
                          WorkloadCode workload, Assignee assignee, String release, int iteration,
                          BacklogStatus status, int estimate, Instant createdAt) {

    public static final int TITLE_MAX = 200;
    public static final int RELEASE_MAX = 60;
    public static final int MAX_ITERATION = 99;
    public static final int MAX_ESTIMATE = 100;

    public BacklogItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(engagementId, "engagementId");
        title = Require.nonBlank(title, "Title", TITLE_MAX);
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(assignee, "assignee");
        release = Require.nonBlank(release, "Release", RELEASE_MAX);
        if (iteration < 1 || iteration > MAX_ITERATION) {
            throw new DomainException("Iteration must be between 1 and " + MAX_ITERATION);
        }
        Objects.requireNonNull(status, "status");
        if (estimate < 0 || estimate > MAX_ESTIMATE) {
            throw new DomainException("Estimate must be between 0 and " + MAX_ESTIMATE + " points");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new item; its workload must be one of the engagement's workloads. */
    public static BacklogItem create(EngagementId engagement, Set<WorkloadCode> engagementWorkloads, String title,
                                     WorkloadCode workload, Assignee assignee, String release, int iteration,
                                     int estimate, Instant at) {
        requireWorkload(engagementWorkloads, workload);
        return new BacklogItem(BacklogItemId.random(), 0, engagement, title, workload, assignee, release, iteration,
                BacklogStatus.TODO, estimate, at);
    }

    /** The provider's staff change what the item is, who does it and when. */
    public BacklogItem edit(Set<WorkloadCode> engagementWorkloads, String newTitle, WorkloadCode newWorkload,
                            Assignee newAssignee, String newRelease, int newIteration, int newEstimate,
                            BacklogStatus newStatus) {
        requireWorkload(engagementWorkloads, newWorkload);
        return new BacklogItem(id, version, engagementId, newTitle, newWorkload, newAssignee, newRelease, newIteration,
                newStatus, newEstimate, createdAt);
    }

    /** Moves the item on; staff may move any item. */
    public BacklogItem changeStatus(BacklogStatus newStatus) {
        Objects.requireNonNull(newStatus, "newStatus");
        return new BacklogItem(id, version, engagementId, title, workload, assignee, release, iteration, newStatus,
                estimate, createdAt);
    }

    /** A partner's user moves an item, which must be assigned to its organisation. */
    public BacklogItem changeStatusAsPartner(OrganisationId partner, BacklogStatus newStatus) {
        if (!isAssignedTo(partner)) {
            throw new DomainException("Only items assigned to your organisation can be updated");
        }
        return changeStatus(newStatus);
    }

    public boolean isAssignedTo(OrganisationId partner) {
        return assignee.is(partner);
    }

    private static void requireWorkload(Set<WorkloadCode> engagementWorkloads, WorkloadCode workload) {
        if (!engagementWorkloads.contains(workload)) {
            throw new DomainException("Workload " + workload.value() + " is not one of this engagement's workloads");
        }
    }
}
