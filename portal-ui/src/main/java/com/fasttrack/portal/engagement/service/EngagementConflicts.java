package com.fasttrack.portal.engagement.service;

import com.fasttrack.portal.access.LastChanges;
import com.fasttrack.portal.engagement.EngagementId;
import com.fasttrack.portal.shared.service.NotABoundary;

import org.springframework.stereotype.Component;

/**
 * Describes the conflict a save on a stale engagement version meets: the engagement as it is stored now and who
 * changed it last ({@link LastChanges}), with the stored fields to compare with what the user typed.
 */
@NotABoundary("a helper the writing services call inside the transaction whose save was refused; it reads in their user's scope")
@Component
public class EngagementConflicts {

    private final LastChanges lastChanges;

    EngagementConflicts(LastChanges lastChanges) {
        this.lastChanges = lastChanges;
    }

    /** The conflict on this engagement; call it inside the transaction whose save was refused. */
    public EngagementConflictException of(EngagementId id) {
        LastChanges.LastChange last = lastChanges.of(id);
        return new EngagementConflictException(last.message(), id, last.by(), last.at(), last.current().version(),
                EngagementDraft.of(last.current()));
    }
}
