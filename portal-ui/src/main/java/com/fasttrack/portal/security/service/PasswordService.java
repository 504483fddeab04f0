package com.fasttrack.portal.security.service;

import com.fasttrack.portal.security.AccountSessions;
import com.fasttrack.portal.security.ApiTokens;
import com.fasttrack.portal.security.CurrentUser;
import com.fasttrack.portal.security.SecurityEvent;
import com.fasttrack.portal.security.SecurityEventKind;
import com.fasttrack.portal.security.PasswordPolicy;
import com.fasttrack.portal.security.Roles;
import com.fasttrack.portal.security.UserAccount;
import com.fasttrack.portal.security.UserAccounts;
import com.fasttrack.portal.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The signed-in user's own password: whether it must be changed, and changing it. Open to a user who must still
 * replace its one-time password (it has no role yet), unlike everything else.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_AUTHENTICATED)
public class PasswordService {

    private final UserAccounts users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApiTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordService(UserAccounts users, PasswordEncoder passwordEncoder, CurrentUser currentUser, ApiTokens tokens,
                    ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Read from the database on every call, not from the principal: a reset by a program manager applies to
     * a session that is already open.
     */
    public boolean passwordChangeRequired() {
        return users.findById(currentUser.require().id()).map(UserAccount::passwordChangeRequired).orElse(false);
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount account = users.findById(currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("User"));
        if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new WrongPasswordException();
        }
        PasswordPolicy.check(newPassword, currentPassword);
        UserAccount changed = users.save(account.changePassword(passwordEncoder.encode(newPassword)));
        AccountSessions.forgetReads();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        publish(SecurityEventKind.PASSWORD_CHANGED, changed, now, "");
        tokens.revokeAll(changed.id(), now).forEach(token -> publish(SecurityEventKind.TOKEN_REVOKED, changed, now,
                "Token " + token.prefix() + "… revoked by a password change"));
        // this session goes on under the new epoch; every other session of the account ends at its next request
        currentUser.renew(currentUser.require().renewedFor(changed));
    }

    private void publish(SecurityEventKind kind, UserAccount account, Instant at, String detail) {
        events.publishEvent(new SecurityEvent(kind, at, account.id(), account.email().value(), account.id(), null,
                detail));
    }
}
