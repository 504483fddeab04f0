package com.fasttrack.portal.activity.service;

import com.fasttrack.portal.access.EngagementAccess;
import com.fasttrack.portal.activity.Activities;
import com.fasttrack.portal.activity.ActivityEntry;
import com.fasttrack.portal.activity.ActivityKind;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserId;
import com.fasttrack.portal.shared.PageRequest;
import com.fasttrack.portal.shared.Slice;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** An engagement's history as the current user may read it: shared entries only for customers and partners. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class ActivityService {

    private final Activities activities;
    private final EngagementAccess access;

    ActivityService(Activities activities, EngagementAccess access) {
        this.activities = activities;
        this.access = access;
    }

    public List<ActivityEntry> of(EngagementId engagement, @Nullable ActivityKind kind, @Nullable UserId actor,
                                  PageRequest page) {
        access.load(engagement);
        return activities.of(engagement, access.scope(), kind, actor, page);
    }

    /**
     * One page of the history with the total of the filter: one statement, scoped in SQL (shared entries only for
     * customers and partners), so an id outside the scope reads as one without history (decision 025).
     */
    public Slice<ActivityEntry> page(EngagementId engagement, @Nullable ActivityKind kind, @Nullable UserId actor,
                                     PageRequest page) {
        return activities.page(engagement, access.scope(), kind, actor, page);
    }

    public long count(EngagementId engagement, @Nullable ActivityKind kind, @Nullable UserId actor) {
        access.load(engagement);
        return activities.count(engagement, access.scope(), kind, actor);
    }

    /** The people in the history the user may read; scoped in SQL (one statement). */
    public List<Activities.Actor> people(EngagementId engagement) {
        return activities.actors(engagement, access.scope());
    }
}
