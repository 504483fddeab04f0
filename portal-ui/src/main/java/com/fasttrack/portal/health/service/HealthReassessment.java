package com.fasttrack.portal.health.service;

import com.fasttrack.portal.blocker.BlockerRaised;
import com.fasttrack.portal.blocker.BlockerStatusChanged;
import com.fasttrack.portal.checkin.CadenceChanged;
import com.fasttrack.portal.checkin.CheckInRecorded;
import com.fasttrack.portal.engagement.EngagementCreated;
import com.fasttrack.portal.engagement.EngagementEvent;
import com.fasttrack.portal.engagement.EngagementRecordChanged;
import com.fasttrack.portal.health.DayBegan;
import com.fasttrack.portal.health.HealthOverrideEnded;
import com.fasttrack.portal.health.HealthOverridden;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reassesses an engagement's health after every change that feeds it (a check-in or the cadence, a blocker, the
 * record's plan, phase or status, an override) and when a new day begins, in the transaction of that change.
 */
@Component
@NotABoundary("an event listener: runs inside the writing service's transaction, after its checks")
// health is derived state: it is stored first, so that whatever else reads it in this transaction (the service
// answering with it, a later listener) sees it current
@Order(0)
class HealthReassessment {

    private final HealthAssessor assessor;

    HealthReassessment(HealthAssessor assessor) {
        this.assessor = assessor;
    }

    @EventListener({CheckInRecorded.class, CadenceChanged.class, BlockerRaised.class, BlockerStatusChanged.class,
            EngagementCreated.class, EngagementRecordChanged.class, HealthOverridden.class,
            HealthOverrideEnded.class, DayBegan.class})
    void reassess(EngagementEvent event) {
        assessor.reassess(event.engagement());
    }
}
