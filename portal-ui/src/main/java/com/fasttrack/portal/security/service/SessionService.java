package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.AccountSessions;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.PortalUser;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Whether the signed-in user's session still matches its account in the database; signing out everywhere. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_AUTHENTICATED)
public class SessionService {

    private final UserAccounts users;
    private final CurrentUser currentUser;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(UserAccounts users, CurrentUser currentUser, AccountSessions sessions,
                   ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Read from the database on every call, never from the principal: a program manager's changes (disable,
     * another role or organisation, a reset password) thereby reach sessions that are already open.
     */
    public SessionStatus status() {
        PortalUser user = currentUser.require();
        if (sessions.check(user).isPresent()) {
            return SessionStatus.ENDED;
        }
        boolean mustChange = user.passwordChangeRequired() || sessions.account(user)
                .map(UserAccount::passwordChangeRequired).orElse(false);
        return mustChange ? SessionStatus.PASSWORD_CHANGE_REQUIRED : SessionStatus.VALID;
    }

    /** Ends every open session of the signed-in user, this one included; its API tokens stay valid. */
    @Transactional
    public void signOutEverywhere() {
        UserAccount account = users.findById(currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("User"));
        UserAccount saved = users.save(account.signOutEverywhere());
        AccountSessions.forgetReads();
        events.publishEvent(new SecurityEvent(SecurityEventKind.SIGNED_OUT_EVERYWHERE,
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), saved.id(), saved.email().value(), saved.id(),
                null, "Session epoch " + saved.sessionEpoch()));
    }
}
