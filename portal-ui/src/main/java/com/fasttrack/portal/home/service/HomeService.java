package com.fasttrack.portal.home.service;

import com.fasttrack.portal.organisation.Organisation;
import com.fasttrack.portal.organisation.Organisations;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the home page shows the signed-in user. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class HomeService {

    private final CurrentUser currentUser;
    private final Organisations organisations;

    HomeService(CurrentUser currentUser, Organisations organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    public HomeSummary summary() {
        PortalUser user = currentUser.require();
        String organisation = user.organisationId().flatMap(organisations::findById)
                .map(Organisation::name).orElse(null);
        return new HomeSummary(user.displayName(), user.role(), organisation);
    }
}
