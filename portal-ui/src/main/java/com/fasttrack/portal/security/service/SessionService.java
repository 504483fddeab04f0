package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserAccounts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether the signed-in user's session still matches its account in the database. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_SIGNED_IN)
public class SessionService {

    private final UserAccounts users;
    private final CurrentUser currentUser;

    SessionService(UserAccounts users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    /**
     * Read from the database on every call, never from the principal: a program manager's changes (disable,
     * another role or organisation, a reset password) thereby reach sessions that are already open.
     */
    public SessionStatus status() {
        PortalUser user = currentUser.require();
        return users.findById(user.id())
                .map(account -> {
                    if (!account.enabled() || account.role() != user.role()
                            || !account.organisation().equals(user.organisationId())) {
                        return SessionStatus.ENDED;
                    }
                    return account.passwordChangeRequired() ? SessionStatus.PASSWORD_CHANGE_REQUIRED
                            : SessionStatus.VALID;
                })
                .orElse(SessionStatus.ENDED);
    }
}
